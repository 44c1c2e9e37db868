package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.runtime.events.FieldMapEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A condition specialised for an event type answers like the whole condition for events of that type. */
class EventTypeSpecializerTest {
    private static final List<String> CONDITIONS = List.of(
            "evt.type in (open, openat, openat2) and evt.is_open_read=true and fd.name startswith /etc",
            "(evt.type = connect or (evt.type in (sendto, sendmsg) and fd.l4proto != tcp)) and fd.typechar = 4",
            "not evt.type = execve or proc.name = sh",
            "evt.type != openat and not (evt.type in (execve, execveat) and proc.name in (sh, bash))",
            "evt.type = execve and evt.type = openat",
            "evt.type in (execve, openat) or proc.name = sh");
    private static final List<String> TYPES = List.of("openat", "execve", "connect", "sendto", "execveat", "open");

    @Test
    void forType_answersLikeWholeCondition_forEveryEventOfThatType() throws Exception {
        for (String condition : CONDITIONS) {
            Predicate whole = ConditionCompilerVectorsTest.compile(condition).predicate();
            for (String type : TYPES) {
                Predicate specialized = EventTypeSpecializer.forType(whole, type);
                for (Map<String, Object> fields : fieldSets(type)) {
                    FieldMapEvent e = FieldMapEvent.of("syscall", fields);
                    assertThat(specialized.test(e)).as("%s for %s", condition, fields).isEqualTo(whole.test(e));
                    assertThat(PredicateCode.generate(specialized).test(e)).as("generated: %s for %s", condition, fields)
                            .isEqualTo(whole.test(e));
                }
                if (EventTypeSpecializer.never(specialized)) {
                    assertThat(fieldSets(type)).as("%s said never to match %s", condition, type)
                            .noneMatch(f -> whole.test(FieldMapEvent.of("syscall", f)));
                }
            }
        }
    }

    @Test
    void forType_dropsTheTypeChecks() throws Exception {
        Predicate whole = ConditionCompilerVectorsTest.compile(
                "evt.type in (open, openat) and evt.is_open_read=true and fd.num >= 0").predicate();
        assertThat(PredicateCode.checks(EventTypeSpecializer.forType(whole, "openat"))).isEqualTo(2);
        assertThat(EventTypeSpecializer.never(EventTypeSpecializer.forType(whole, "execve"))).isTrue();
        Predicate contradiction = ConditionCompilerVectorsTest.compile("evt.type = execve and evt.type = openat").predicate();
        assertThat(TYPES).allMatch(t -> EventTypeSpecializer.never(EventTypeSpecializer.forType(contradiction, t)));
    }

    private static List<Map<String, Object>> fieldSets(String type) {
        return List.of(
                Map.of("evt.type", type),
                Map.of("evt.type", type, "evt.is_open_read", true, "fd.name", "/etc/shadow", "proc.name", "sh"),
                Map.of("evt.type", type, "fd.l4proto", "udp", "fd.typechar", "4", "proc.name", "bash"),
                Map.of("evt.type", type, "fd.l4proto", "tcp", "fd.typechar", "4", "proc.name", "cat"));
    }
}

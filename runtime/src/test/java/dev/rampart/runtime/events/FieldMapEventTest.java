package dev.rampart.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMapEventTest {

    @Test
    void builder_keepsLastValue_andIgnoresNull() {
        FieldMapEvent e = FieldMapEvent.builder("syscall").put("proc.name", "sh").put("fd.name", "/etc/passwd")
                .put("proc.name", "bash").put("fd.name", null).build();

        assertThat(e.value("proc.name")).isEqualTo("bash");
        assertThat(e.value("fd.name")).isEqualTo("/etc/passwd");
        assertThat(e.asMap()).containsExactly(Map.entry("fd.name", "/etc/passwd"), Map.entry("proc.name", "bash"));
    }

    @Test
    void valueAt_isNullForSlotsTheEventDoesNotHave() {
        int unused = FieldSlots.slotOf("test.only.unused.field");
        FieldMapEvent e = FieldMapEvent.of("syscall", Map.of("evt.type", "openat"));

        assertThat(e.valueAt(unused)).isNull();
        assertThat(e.valueAt(-1)).isNull();
        assertThat(e.valueAt(Integer.MAX_VALUE)).isNull();
        assertThat(e.valueAt(FieldSlots.slotOf("evt.type"))).isEqualTo("openat");
    }

    @Test
    void events_withSameKeysInOtherOrders_readTheSame() {
        FieldMapEvent a = FieldMapEvent.builder("syscall").put("proc.name", "cat").put("user.uid", 0L)
                .put("proc.args", List.of("-n", "x")).build();
        FieldMapEvent b = FieldMapEvent.builder("syscall").put("proc.args", List.of("-n", "x")).put("user.uid", 0L)
                .put("proc.name", "cat").build();
        FieldMapEvent empty = FieldMapEvent.builder("syscall").build();

        assertThat(a.asMap()).isEqualTo(b.asMap()).hasSize(3);
        assertThat(b.value("user.uid")).isEqualTo(0L);
        assertThat(empty.asMap()).isEmpty();
        assertThat(empty.typeIndex()).isEqualTo(-1);
    }
}

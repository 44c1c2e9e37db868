package dev.rampart.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.runtime.engine.Engine;
import dev.rampart.runtime.rules.Rule;
import dev.rampart.runtime.rules.RulesLoader;
import dev.rampart.testkit.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rampart's structured runtime events (docs/runtime-events.md) become the syscall fields rules read. */
class RampartEventsTest {

    static List<Event> events() throws Exception {
        Path file = Path.of(RampartEventsTest.class.getResource("/rampart-events/events.jsonl").toURI());
        List<Event> out = new ArrayList<>();
        try (JsonLinesEventSource src = JsonLinesEventSource.open(file, EventFormat.AUTO, BadLinePolicy.FAIL)) {
            for (Event e = src.next(); e != null; e = src.next()) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void toFieldMap_mapsProcessParentsFdUserAndTime() throws Exception {
        FieldMapEvent e = (FieldMapEvent) events().get(0);
        assertThat(e.asMap()).containsEntry("evt.type", "openat").containsEntry("evt.dir", "<")
                .containsEntry("evt.rawtime", 1714564800123456789L).containsEntry("evt.rawres", 3L)
                .containsEntry("evt.res", "SUCCESS").containsEntry("evt.arg.flags", "O_RDONLY")
                .containsEntry("evt.is_open_read", true).containsEntry("evt.is_open_write", false)
                .containsEntry("proc.name", "python3").containsEntry("proc.args", "steal.py")
                .containsEntry("proc.cmdline", "python3 steal.py").containsEntry("proc.pname", "bash")
                .containsEntry("proc.aname[2]", "sshd").containsEntry("fd.name", "/etc/shadow")
                .containsEntry("fd.directory", "/etc").containsEntry("fd.filename", "shadow")
                .containsEntry("user.name", "root").containsEntry("container.id", "host");
        assertThat(e.timestampNanos()).isEqualTo(1714564800123456789L);
    }

    @Test
    void rampartEvents_triggerStableRules() throws Exception {
        Engine engine = Engine.create(RulesLoader.load(List.of(Corpus.resolve("falco/falcosecurity-rules/falco_rules.yaml")))
                .ruleset(), Engine.Options.DEFAULT.withMatching(Engine.RuleMatching.ALL));
        List<Event> events = events();
        assertThat(engine.matches(events.get(1))).extracting(Rule::name).contains("Terminal shell in container");
        assertThat(engine.matches(events.get(0))).extracting(Rule::name).contains("Read sensitive file untrusted");
    }
}

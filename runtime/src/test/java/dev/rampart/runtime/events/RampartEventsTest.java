package dev.rampart.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.runtime.engine.Engine;
import dev.rampart.runtime.rules.Rule;
import dev.rampart.runtime.rules.RulesLoader;
import dev.rampart.testkit.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static Map<String, Object> fields(String json) throws Exception {
        return RampartEvents.toFieldMap(new ObjectMapper().readTree(json)).asMap();
    }

    @Test
    void toFieldMap_readsTheOverlayLayerFromTheOpenFlags() throws Exception {
        assertThat(fields("""
                {"type": "openat", "args": {"flags": "O_RDONLY|FD_LOWER_LAYER"}, "fd": {"name": "/etc/passwd"}}"""))
                .containsEntry("fd.is_lower_layer", true).containsEntry("fd.is_upper_layer", false);
        assertThat(fields("""
                {"type": "open", "args": {"flags": "O_WRONLY|FD_UPPER_LAYER"}}"""))
                .containsEntry("fd.is_lower_layer", false).containsEntry("fd.is_upper_layer", true);
        assertThat(fields("""
                {"type": "open", "args": {"flags": "O_RDONLY"}, "fd": {"is_upper_layer": true}}"""))
                .as("the fd object wins over the flags").containsEntry("fd.is_upper_layer", true);
        assertThat(fields("""
                {"type": "read", "args": {"flags": "FD_UPPER_LAYER"}}""")).doesNotContainKey("fd.is_upper_layer");
    }

    @Test
    void toFieldMap_dropsTheDeletedSuffixOfExecutablePaths() throws Exception {
        assertThat(fields("""
                {"type": "execve", "process": {"name": "x", "exepath": "/usr/bin/x (deleted)"},
                 "parents": [{"name": "bash", "exepath": "/tmp/bash (deleted)"}]}"""))
                .containsEntry("proc.exepath", "/usr/bin/x").containsEntry("proc.pexepath", "/tmp/bash")
                .containsEntry("proc.aexepath[1]", "/tmp/bash");
        assertThat(fields("""
                {"type": "execve", "process": {"exepath": "/usr/bin/(deleted)"}}"""))
                .containsEntry("proc.exepath", "/usr/bin/(deleted)");
    }
}

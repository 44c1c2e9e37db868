package dev.rampart.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.runtime.condition.ConditionCompiler;
import dev.rampart.runtime.condition.ConditionParser;
import dev.rampart.runtime.engine.Engine;
import dev.rampart.runtime.fields.FieldCatalog;
import dev.rampart.runtime.rules.OutputText;
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
    void toFieldMap_readsOpenFlagNamesWholeInEitherRendering() throws Exception {
        assertThat(fields("""
                {"type": "openat", "args": {"flags": "65(O_WRONLY|O_CREAT)"}}"""))
                .containsEntry("evt.is_open_write", true).containsEntry("evt.is_open_create", true)
                .containsEntry("evt.is_open_read", false);
        assertThat(fields("""
                {"type": "openat", "args": {"flags": "O_RDWR|O_CLOEXEC"}}"""))
                .containsEntry("evt.is_open_read", true).containsEntry("evt.is_open_write", true)
                .containsEntry("evt.is_open_create", false);
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

    private static boolean matches(String condition, String json) throws Exception {
        return ConditionCompiler.compile(ConditionParser.parse(condition), FieldCatalog.forSource("syscall"),
                FieldMapFields::extractor).predicate().test(RampartEvents.toFieldMap(new ObjectMapper().readTree(json)));
    }

    @Test
    void toFieldMap_printsHexParametersInUpperCaseHexAndComparesThemAsNumbers() throws Exception {
        String signalfd = """
                {"type": "signalfd4", "args": {"res": -1, "flags": 512, "fd": 9}}""";
        Map<String, Object> f = fields(signalfd);
        assertThat(f.get("evt.rawarg.flags")).hasToString("200").isInstanceOf(FormattedNumber.class);
        assertThat(((Number) f.get("evt.rawarg.flags")).longValue()).isEqualTo(512L);
        assertThat(f).as("a decimal parameter stays a plain number").containsEntry("evt.rawarg.fd", 9L)
                .as("flags show by name in evt.arg, so a number given for them stays decimal")
                .containsEntry("evt.arg.flags", "512");
        assertThat(matches("evt.rawarg.flags < 515 and evt.rawarg.flags = 512", signalfd)).isTrue();
        assertThat(matches("evt.rawarg.flags = 200", signalfd)).as("200 is the printed form, not the value").isFalse();
        assertThat(fields("""
                {"type": "timerfd_create", "dir": ">", "args": {"clockid": 255, "flags": 255}}"""))
                .extractingByKey("evt.rawarg.flags").hasToString("FF");
    }

    @Test
    void toFieldMap_printsHexAndOctalNumbersInEvtArgAsLibsinspDoes() throws Exception {
        Map<String, Object> f = fields("""
                {"type": "open", "args": {"fd": 3, "name": "/etc/passwd", "flags": "O_RDONLY", "mode": 420, "dev": 2049}}""");
        assertThat(f).containsEntry("evt.arg.dev", "801").containsEntry("evt.arg.mode", "0644")
                .containsEntry("evt.arg[4]", "801").containsEntry("evt.arg.fd", "3").containsEntry("evt.arg.flags", "O_RDONLY");
        assertThat(f.get("evt.rawarg.dev")).hasToString("801");
        assertThat(f.get("evt.rawarg.mode")).as("%o without the leading 0").hasToString("644");
        assertThat(fields("""
                {"type": "ioctl", "dir": ">", "args": {"fd": 3, "request": -1}}"""))
                .as("64-bit: two's complement over 64 bits").extractingByKey("evt.arg.request")
                .isEqualTo("FFFFFFFFFFFFFFFF");
        assertThat(fields("""
                {"type": "accept4", "dir": ">", "args": {"flags": -1}}"""))
                .as("a signed 32-bit value prints as C's %X of an int").extractingByKey("evt.arg.flags")
                .isEqualTo("FFFFFFFF");
    }

    @Test
    void toFieldMap_readsAnEmptyNumericParameterAsZeroInRawarg() throws Exception {
        String execve = """
                {"type": "execve", "args": {"res": 0, "exe": "/bin/x", "flags": null, "cap_inheritable": null,
                 "exe_ino_ctime": null, "uid": null, "trusted_exepath": null, "pgid": null, "gid": null}}""";
        Map<String, Object> f = fields(execve);
        assertThat(f).containsEntry("evt.rawarg.uid", 0L).containsEntry("evt.rawarg.pgid", 0L)
                .containsEntry("evt.rawarg.gid", 0L).containsEntry("evt.rawarg.exe_ino_ctime", 0L)
                .as("an empty string parameter has no value").doesNotContainKey("evt.rawarg.trusted_exepath")
                .as("an absent parameter has no value").doesNotContainKey("evt.rawarg.loginuid")
                .as("evt.arg of an empty parameter keeps no value").doesNotContainKey("evt.arg.uid");
        assertThat(f.get("evt.rawarg.flags")).hasToString("0");
        assertThat(fields("""
                {"type": "no_such_event", "args": {"uid": null}}""")).as("a parameter the table does not know")
                .doesNotContainKey("evt.rawarg.uid");
    }

    private static String extract(String field, String json) throws Exception {
        return OutputText.render(field, FieldCatalog.forSource("syscall"), FieldMapFields::extractor,
                RampartEvents.toFieldMap(new ObjectMapper().readTree(json)));
    }

    @Test
    void toFieldMap_takesTheProcessGroupLeaderFromThePgidLeaderObject() throws Exception {
        assertThat(fields("""
                {"type": "getcwd", "process": {"pid": 72, "name": "bash", "pgid": 2,
                 "pgid_leader": {"name": "sshd", "exe": "sshd", "exepath": "/usr/sbin/sshd (deleted)"}}}"""))
                .containsEntry("proc.pgid", 2L).containsEntry("proc.is_pgid_leader", false)
                .containsEntry("proc.pgid.name", "sshd").containsEntry("proc.pgid.exe", "sshd")
                .containsEntry("proc.pgid.exepath", "/usr/sbin/sshd");
    }

    @Test
    void toFieldMap_makesTheProcessItsOwnGroupLeader_whenPgidIsItsPid() throws Exception {
        assertThat(fields("""
                {"type": "getcwd", "process": {"pid": 72, "name": "bash", "exe": "-bash", "exepath": "/bin/bash",
                 "pgid": 72}, "parents": [{"pid": 25, "name": "sshd", "pgid": 72}]}"""))
                .containsEntry("proc.is_pgid_leader", true).containsEntry("proc.pgid.name", "bash")
                .containsEntry("proc.pgid.exe", "-bash").containsEntry("proc.pgid.exepath", "/bin/bash");
    }

    @Test
    void toFieldMap_findsTheEldestAncestorOfTheSameGroup_whenNoLeaderIsGiven() throws Exception {
        String json = """
                {"type": "getcwd", "process": {"pid": 90, "name": "python3", "pgid": 100},
                 "parents": [{"pid": 80, "name": "sh", "pgid": 100}, {"pid": 70, "name": "make", "exe": "make",
                 "exepath": "/usr/bin/make", "pgid": 100}, {"pid": 60, "name": "bash", "pgid": 100},
                 {"pid": 1, "name": "init", "pgid": 1}]}""";
        assertThat(fields(json)).containsEntry("proc.pgid.name", "bash").containsEntry("proc.is_pgid_leader", false);
        assertThat(fields(json.replace("\"pid\": 60", "\"pid\": 100"))).as("the ancestor whose pid is the pgid stops the walk")
                .containsEntry("proc.pgid.name", "bash");
        assertThat(fields(json.replace("\"name\": \"sh\", \"pgid\": 100", "\"name\": \"sh\", \"pgid\": 5")))
                .as("a parent in another group ends the run").doesNotContainKey("proc.pgid.name")
                .containsEntry("proc.pgid", 100L);
        assertThat(fields("""
                {"type": "getcwd", "process": {"pid": 90, "name": "python3"}}""")).as("no pgid, no group fields")
                .doesNotContainKeys("proc.pgid", "proc.is_pgid_leader", "proc.pgid.name");
        assertThat(extract("proc.pgid.exepath", json)).isEqualTo("<NA>");
        assertThat(extract("proc.pgid.name", json)).isEqualTo("bash");
    }

    @Test
    void toFieldMap_keepsAGivenIsPgidLeader() throws Exception {
        assertThat(fields("""
                {"type": "getcwd", "process": {"pid": 72, "pgid": 72, "is_pgid_leader": false}}"""))
                .containsEntry("proc.is_pgid_leader", false);
    }

    @Test
    void toFieldMap_readsTheEventNumber() throws Exception {
        String json = """
                {"type": "open", "num": 42, "process": {"pid": 1}}""";
        assertThat(fields(json)).containsEntry("evt.num", 42L);
        assertThat(extract("evt.num", json)).isEqualTo("42");
        assertThat(extract("evt.num", """
                {"type": "open", "process": {"pid": 1}}""")).isEqualTo("<NA>");
    }

    @Test
    void evtCountProcinfo_isOneForProcinfoEventsOfTheMainThreadOnly() throws Exception {
        String mainThread = """
                {"type": "procinfo", "dir": ">", "process": {"pid": 2, "tid": 2}}""";
        String secondThread = """
                {"type": "procinfo", "dir": ">", "process": {"pid": 2, "tid": 6}}""";
        String other = """
                {"type": "getcwd", "dir": ">", "process": {"pid": 2, "tid": 2}}""";
        assertThat(extract("evt.count.procinfo", mainThread)).isEqualTo("1");
        assertThat(extract("evt.count.threadinfo", mainThread)).isEqualTo("1");
        assertThat(extract("evt.count.procinfo", secondThread)).isEqualTo("0");
        assertThat(extract("evt.count.threadinfo", secondThread)).isEqualTo("1");
        assertThat(extract("evt.count.procinfo", other)).isEqualTo("0");
        assertThat(extract("evt.count.threadinfo", other)).isEqualTo("0");
        assertThat(matches("evt.count.procinfo = 1", mainThread)).isTrue();
    }
}

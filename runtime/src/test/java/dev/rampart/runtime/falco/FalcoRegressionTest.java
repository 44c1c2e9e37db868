package dev.rampart.runtime.falco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.runtime.engine.Alert;
import dev.rampart.runtime.engine.Engine;
import dev.rampart.runtime.events.BadLinePolicy;
import dev.rampart.runtime.events.EventFormat;
import dev.rampart.runtime.events.JsonLinesEventSource;
import dev.rampart.runtime.rules.LoadIssue;
import dev.rampart.runtime.rules.LoadResult;
import dev.rampart.runtime.rules.Priority;
import dev.rampart.runtime.rules.RulesLoader;
import dev.rampart.runtime.sinks.CollectingSink;
import dev.rampart.testkit.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Falco 0.34.1's data-driven regression suite, run from {@code falco_tests.yaml} and
 * {@code falco_tests_exceptions.yaml} as they are: detection cases replay the capture from
 * {@code scap-as-jsonl/} with first-match semantics and compare {@code detect}, {@code detect_level}
 * and {@code detect_counts}; validation cases compare the expected errors and warnings (code, item
 * type, item name). Cases that need something outside the rule engine are skipped, each with its
 * reason, and the skipped set itself is asserted so it cannot grow silently.
 */
class FalcoRegressionTest {

    static final Path BASE = Corpus.resolve("falco/falco-0.34.1-test");

    /** Cases this engine does not run, and why. */
    static final Map<String, String> SKIPPED = skipped();

    static Map<String, String> skipped() {
        Map<String, String> m = new TreeMap<>();
        String builtin = "runs Falco 0.34's own default rules file, which is not in the corpus";
        String noCapture = "its capture is not in scap-as-jsonl/";
        String config = "checks Falco's configuration file handling (conf_file), not rule evaluation";
        m.put("builtin_rules_no_warnings", builtin);
        m.put("detect_counts", noCapture + " (traces-positive/falco-event-generator.scap)");
        m.put("disabled_and_enabled_rules_1", "checks the falco command line's refusal of -T with -t");
        m.put("disabled_and_enabled_rules_2", "checks the falco command line's refusal of -D with -t");
        m.put("stdout_output_strict", config);
        m.put("stdout_output_json_strict", config);
        m.put("file_output_strict", config);
        m.put("program_output_strict", config);
        m.put("grpc_unix_socket_outputs", config + " (gRPC output)");
        m.put("json_output_no_output_property", "checks Falco's json_include_output_property option");
        m.put("json_output_no_tags_property", "checks Falco's json_include_tags_property option");
        m.put("json_output_empty_tags_property", "checks Falco's json_output option on stdout");
        for (String drops : List.of("none", "ignore", "ignore_and_log", "threshold_oor", "threshold_neg", "log", "alert",
                "exit")) {
            m.put("monitor_syscall_drops_" + drops, config + " (syscall drop actions)");
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> cases(String file) throws Exception {
        Map<String, Object> root = (Map<String, Object>) YamlTree.read(BASE.resolve(file));
        return (Map<String, Map<String, Object>>) root.get("trace_files");
    }

    @TestFactory
    Stream<DynamicTest> falcoTests() throws Exception {
        return tests("falco_tests.yaml");
    }

    @TestFactory
    Stream<DynamicTest> falcoExceptionTests() throws Exception {
        return tests("falco_tests_exceptions.yaml");
    }

    private Stream<DynamicTest> tests(String file) throws Exception {
        List<DynamicTest> out = new ArrayList<>();
        cases(file).forEach((name, c) -> {
            if (!SKIPPED.containsKey(name)) {
                out.add(DynamicTest.dynamicTest(name, () -> run(name, c)));
            }
        });
        return out.stream();
    }

    @Test
    void skippedCases_areExactlyThoseThatNeedSomethingBesidesTheEngine() throws Exception {
        Set<String> all = new HashSet<>(cases("falco_tests.yaml").keySet());
        all.addAll(cases("falco_tests_exceptions.yaml").keySet());
        assertThat(all).containsAll(SKIPPED.keySet());
        for (String name : SKIPPED.keySet()) {
            Map<String, Object> c = cases("falco_tests.yaml").get(name);
            boolean external = c.containsKey("conf_file") || c.containsKey("json_output") || c.containsKey("stderr_contains")
                    || !c.containsKey("rules_file") || !capture(c).map(Files::exists).orElse(true);
            assertThat(external).as("%s is skipped because: %s", name, SKIPPED.get(name)).isTrue();
        }
    }

    private static java.util.Optional<Path> capture(Map<String, Object> c) {
        Object trace = c.get("trace_file");
        if (trace == null) {
            return java.util.Optional.empty();
        }
        String base = Path.of(trace.toString()).getFileName().toString().replace(".scap", "");
        Path dir = Corpus.root().resolve("falco/scap-as-jsonl");
        Path plain = dir.resolve(base + ".jsonl");
        return java.util.Optional.of(Files.exists(plain) ? plain : dir.resolve(base + ".jsonl.gz"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : o instanceof List<?> l ? (List<Object>) l : List.of(o);
    }

    @SuppressWarnings("unchecked")
    private void run(String name, Map<String, Object> c) throws Exception {
        if (c.containsKey("validate_rules_file")) {
            validate(c);
            return;
        }
        List<Path> rules = list(c.get("rules_file")).stream().map(r -> BASE.resolve(r.toString())).toList();
        LoadResult load = RulesLoader.load(rules);
        assertThat(load.errors()).as("load errors").isEmpty();
        Engine.Options options = Engine.Options.DEFAULT.withEnterEvents(true).withHostname("test")
                .withTags(strings(c.get("disable_tags")), strings(c.get("run_tags")))
                .withDisabledRules(strings(c.get("disabled_rules")));
        if (c.containsKey("priority")) {
            options = options.withMinimumPriority(Priority.parse(c.get("priority").toString()).orElseThrow());
        }
        Engine engine = Engine.create(load.ruleset(), options);
        CollectingSink sink = new CollectingSink();
        Path capture = capture(c).orElseThrow();
        try (JsonLinesEventSource src = JsonLinesEventSource.open(capture, EventFormat.FIELD_MAP, BadLinePolicy.FAIL)) {
            engine.run(src, sink);
        }
        List<Alert> alerts = sink.alerts();
        boolean detect = Boolean.parseBoolean(String.valueOf(c.getOrDefault("detect", "false")));
        if (!detect) {
            assertThat(alerts).as("alerts").isEmpty();
        } else {
            assertThat(alerts).as("alerts").isNotEmpty();
            Set<String> levels = new HashSet<>();
            alerts.forEach(a -> levels.add(a.priority().display()));
            for (Object level : list(c.get("detect_level"))) {
                String want = Priority.parse(level.toString()).orElseThrow().display();
                assertThat(levels).as("priorities seen").contains(want);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        alerts.forEach(a -> counts.merge(a.rule(), 1L, Long::sum));
        for (Object entry : list(c.get("detect_counts"))) {
            ((Map<String, Object>) entry).forEach((rule, n) ->
                    assertThat(counts.getOrDefault(rule, 0L)).as("count of %s", rule).isEqualTo(Long.parseLong(n.toString())));
        }
        Object stdout = c.get("stdout_contains");
        if (stdout != null) {
            Pattern p = Pattern.compile(stdout.toString());
            assertThat(alerts).as("an alert output matching %s", stdout).anyMatch(a -> p.matcher(a.output()).find());
        }
    }

    @SuppressWarnings("unchecked")
    private void validate(Map<String, Object> c) {
        List<Path> files = list(c.get("validate_rules_file")).stream().map(r -> BASE.resolve(r.toString())).toList();
        LoadResult load = RulesLoader.load(files);
        List<Object> errors = list(c.get("validate_errors"));
        for (Object e : errors) {
            assertThat(load.errors()).as("errors").anyMatch(i -> same(i, (Map<String, Object>) e));
        }
        for (Object w : list(c.get("validate_warnings"))) {
            assertThat(load.warnings()).as("warnings").anyMatch(i -> same(i, (Map<String, Object>) w));
        }
        if (errors.isEmpty()) {
            assertThat(load.errors()).as("errors").isEmpty();
        }
    }

    private static boolean same(LoadIssue i, Map<String, Object> expected) {
        return i.code().equals(expected.get("code")) && i.itemType().equals(expected.get("item_type"))
                && i.itemName().equals(String.valueOf(expected.getOrDefault("item_name", "")));
    }

    private static Set<String> strings(Object o) {
        Set<String> s = new HashSet<>();
        list(o).forEach(x -> s.add(x.toString()));
        return s;
    }
}

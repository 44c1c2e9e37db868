package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.runtime.FilterVectors;
import dev.rampart.runtime.FilterVectors.Vector;
import dev.rampart.runtime.events.BadLinePolicy;
import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.events.EventFormat;
import dev.rampart.runtime.events.FieldMapFields;
import dev.rampart.runtime.events.JsonLinesEventSource;
import dev.rampart.runtime.fields.FieldCatalog;
import dev.rampart.runtime.rules.OutputText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * libsinsp 0.25.2's evaluation call sites ({@code eval_true}, {@code eval_false}, {@code extract_eq}), each run on
 * the event its C++ test builds, rebuilt under {@code libs-eval-events/} (Rampart's runtime event schema, or a field
 * map where the vector tests an operator on a plain field). {@code mapping.tsv} says which event a call site runs
 * on, {@code skipped.tsv} why a call site is not run, {@code known-differences.tsv} where Rampart answers otherwise
 * (asserted as Rampart's current answer, so any change shows), {@code resolved-expectations.tsv} the expected text
 * where the corpus has none.
 */
class LibsEvalVectorsTest {
    private static final String DIR = "/libs-eval-events/";
    private static final List<String> KINDS = List.of("eval_true", "eval_false", "extract_eq");
    private static final FieldCatalog CATALOG = FieldCatalog.forSource("syscall");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Range(String file, int first, int last, String event) {}

    /** A call site that Rampart answers otherwise: what it answers and why. */
    private record Difference(String rampartAnswer, String diagnosis) {}

    private static final List<Range> MAPPING = readTsv("mapping.tsv").stream()
            .map(r -> new Range(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]), r[3])).toList();
    private static final Map<String, String> SKIPPED = keyed("skipped.tsv", 2);
    private static final Map<String, String> RESOLVED = keyed("resolved-expectations.tsv", 2);
    private static final Map<String, Difference> KNOWN = known();

    static Stream<Vector> tested() {
        return vectors().stream().filter(v -> !SKIPPED.containsKey(key(v)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tested")
    void evaluate_givesUpstreamVerdict(Vector v) throws Exception {
        Event event = event(v);
        String upstream = upstreamAnswer(v);
        String rampart = rampartAnswer(v, event);
        Difference known = KNOWN.get(key(v));
        if (known == null) {
            assertThat(rampart).as("%s on %s", v, eventName(v)).isEqualTo(upstream);
        } else {
            assertThat(rampart).as("known difference %s on %s (%s)", v, eventName(v), known.diagnosis())
                    .isEqualTo(known.rampartAnswer())
                    .isNotEqualTo(upstream);
        }
    }

    @Test
    void vectors_areAllTestedOrSkippedWithReason() {
        List<Vector> all = vectors();
        assertThat(all).as("evaluation vectors in the corpus").hasSize(495);
        Map<String, Integer> byReason = new TreeMap<>();
        List<String> unmapped = new ArrayList<>();
        int tested = 0;
        for (Vector v : all) {
            String reason = SKIPPED.get(key(v));
            if (reason != null) {
                byReason.merge(reason, 1, Integer::sum);
            } else if (range(v).isEmpty()) {
                unmapped.add(v.toString());
            } else {
                tested++;
            }
        }
        assertThat(unmapped).as("vectors with neither an event nor a skip reason").isEmpty();
        assertThat(tested + byReason.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(all.size());
        List<String> keys = all.stream().map(LibsEvalVectorsTest::key).toList();
        assertThat(keys).as("call sites are unique by line and filter").doesNotHaveDuplicates();
        assertThat(keys).as("every skipped row names a vector").containsAll(SKIPPED.keySet());
        assertThat(keys).as("every known difference names a vector").containsAll(KNOWN.keySet());
        assertThat(KNOWN.keySet()).as("a call site is either skipped or run").doesNotContainAnyElementsOf(SKIPPED.keySet());
        System.err.printf("libsinsp evaluation vectors: %d, run %d (%d known differences), skipped %d%n", all.size(),
                tested, KNOWN.size(), all.size() - tested);
        byReason.forEach((reason, n) -> System.err.printf("  skipped %3d: %s%n", n, reason));
    }

    @Test
    void resolvedExpectations_fillOnlyExpectationsTheCorpusLeavesOut() {
        Map<String, Vector> byKey = new LinkedHashMap<>();
        vectors().forEach(v -> byKey.put(key(v), v));
        assertThat(byKey).containsKeys(RESOLVED.keySet().toArray(String[]::new));
        RESOLVED.keySet().forEach(k -> assertThat(byKey.get(k).expect().isNull()).as("corpus expectation of %s", k).isTrue());
    }

    private static String upstreamAnswer(Vector v) {
        return switch (v.kind()) {
            case "eval_true" -> "true";
            case "eval_false" -> "false";
            default -> v.expect().isNull() ? resolved(v) : v.expect().asText();
        };
    }

    private static String resolved(Vector v) {
        String r = RESOLVED.get(key(v));
        if (r == null) {
            throw new IllegalStateException(v + ": the corpus has no expected value and resolved-expectations.tsv none");
        }
        return r;
    }

    /** Rampart's answer as text: the verdict, the rendered field, or the error that stopped it. */
    private static String rampartAnswer(Vector v, Event event) {
        try {
            return answer(v, event);
        } catch (ParseException | CompileException | RuntimeException e) {
            return "error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String answer(Vector v, Event event) throws ParseException, CompileException {
        if (v.kind().equals("extract_eq")) {
            return OutputText.render(v.filter(), CATALOG, FieldMapFields::extractor, event);
        }
        CompiledCondition c = ConditionCompiler.compile(ConditionParser.parse(v.filter()), CATALOG,
                FieldMapFields::extractor);
        boolean result = c.predicate().test(event);
        if (result && event.typeIndex() >= 0) {
            assertThat(c.eventTypes().get(event.typeIndex())).as("event-type prefilter of %s lets %s through", v,
                    eventName(v)).isTrue();
        }
        return Boolean.toString(result);
    }

    private static List<Vector> vectors() {
        return FilterVectors.ofKind(KINDS.toArray(String[]::new));
    }

    private static String key(Vector v) {
        return v.where() + "\t" + v.filter();
    }

    private static Optional<Range> range(Vector v) {
        String file = v.where().substring(0, v.where().lastIndexOf(':'));
        int line = Integer.parseInt(v.where().substring(v.where().lastIndexOf(':') + 1));
        return MAPPING.stream().filter(r -> r.file().equals(file) && r.first() <= line && line <= r.last()).findFirst();
    }

    private static String eventName(Vector v) {
        return range(v).map(Range::event).orElseThrow(() -> new IllegalStateException(v + ": no event in mapping.tsv"));
    }

    /** The event file read the way {@code rampart runtime run --format auto} reads a line. */
    private static Event event(Vector v) throws Exception {
        String text;
        try (InputStream in = resource(eventName(v) + ".json")) {
            text = JSON.readTree(in).toString();
        }
        try (JsonLinesEventSource src = JsonLinesEventSource.of(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), EventFormat.AUTO, BadLinePolicy.FAIL)) {
            Event e = src.next();
            assertThat(e).as("event %s", eventName(v)).isNotNull();
            return e;
        }
    }

    private static InputStream resource(String name) {
        InputStream in = LibsEvalVectorsTest.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("no test resource " + DIR + name);
        }
        return in;
    }

    private static List<String[]> readTsv(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = resource(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Rows keyed by their first two columns (where, filter), valued by column {@code valueColumn}. */
    private static Map<String, String> keyed(String name, int valueColumn) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] r : readTsv(name)) {
            if (m.put(r[0] + "\t" + r[1], r[valueColumn]) != null) {
                throw new IllegalStateException(name + ": " + r[0] + " " + r[1] + " is listed twice");
            }
        }
        return m;
    }

    private static Map<String, Difference> known() {
        Map<String, Difference> m = new LinkedHashMap<>();
        for (String[] r : readTsv("known-differences.tsv")) {
            if (m.put(r[0] + "\t" + r[1], new Difference(r[2], r[3])) != null) {
                throw new IllegalStateException("known-differences.tsv: " + r[0] + " " + r[1] + " is listed twice");
            }
        }
        return m;
    }
}

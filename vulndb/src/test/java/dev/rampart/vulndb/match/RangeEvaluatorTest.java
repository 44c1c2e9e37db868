package dev.rampart.vulndb.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvRange;
import dev.rampart.vulndb.osv.OsvRange.Event;
import dev.rampart.vulndb.osv.OsvRange.Event.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The OSV evaluation rules, with a plain dotted-number order so only the range logic is under test. */
class RangeEvaluatorTest {
    /** Dotted numbers compared numerically part by part; anything else is invalid. */
    static final VersionOrder DOTTED = (a, b) -> {
        int[] x = parse(a);
        int[] y = parse(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static int[] parse(String v) throws VersionOrder.InvalidVersion {
        try {
            return Arrays.stream(v.split("\\.")).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new VersionOrder.InvalidVersion("invalid dotted version '" + v + "'");
        }
    }

    private static OsvAffected entry(List<String> versions, OsvRange... ranges) {
        return new OsvAffected("Test", "pkg", null, List.of(ranges), versions, null, Map.of());
    }

    private static OsvRange range(OsvRange.Type type, Event... events) {
        return new OsvRange(type, List.of(events));
    }

    private static Event e(Kind kind, String v) {
        return new Event(kind, v);
    }

    @ParameterizedTest(name = "{0} in [2.7.0, 2.9.10.7) ∪ [2.10, 2.10.5.1) → {1}")
    @CsvSource({"2.6.9, false", "2.7.0, true", "2.9.10, true", "2.9.10.7, false", "2.10.0, true", "2.10.5.1, false", "3.0, false"})
    void evaluate_fixedIsExclusiveAndIntroducedInclusiveAcrossRanges(String version, boolean affected) throws Exception {
        OsvAffected a = entry(List.of(),
                range(OsvRange.Type.ECOSYSTEM, e(Kind.INTRODUCED, "2.7.0"), e(Kind.FIXED, "2.9.10.7")),
                range(OsvRange.Type.ECOSYSTEM, e(Kind.INTRODUCED, "2.10"), e(Kind.FIXED, "2.10.5.1")));
        assertThat(RangeEvaluator.evaluate(a, version, DOTTED).affected()).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} with last_affected 1.4 → {1}")
    @CsvSource({"0.1, true", "1.4, true", "1.4.1, false"})
    void evaluate_lastAffectedIsInclusive(String version, boolean affected) throws Exception {
        OsvAffected a = entry(List.of(), range(OsvRange.Type.SEMVER, e(Kind.INTRODUCED, "0"), e(Kind.LAST_AFFECTED, "1.4")));
        assertThat(RangeEvaluator.evaluate(a, version, DOTTED).affected()).isEqualTo(affected);
    }

    @Test
    void evaluate_eventsInAnyOrderAreSortedByVersion() throws Exception {
        OsvAffected a = entry(List.of(), range(OsvRange.Type.ECOSYSTEM,
                e(Kind.FIXED, "2.0"), e(Kind.INTRODUCED, "3.0"), e(Kind.INTRODUCED, "1.0"), e(Kind.FIXED, "4.0")));
        assertThat(RangeEvaluator.evaluate(a, "1.5", DOTTED).affected()).isTrue();
        assertThat(RangeEvaluator.evaluate(a, "2.5", DOTTED).affected()).isFalse();
        assertThat(RangeEvaluator.evaluate(a, "3.5", DOTTED).affected()).isTrue();
        assertThat(RangeEvaluator.evaluate(a, "3.5", DOTTED).fixedVersions()).containsExactly("4.0");
    }

    @Test
    void evaluate_overlappingRangesAffectIfAnyRangeCovers() throws Exception {
        // GHSA-9vvw-cc9w-f27h as stored in the corpus: [0, 3.1.0) and [0, 2.6.9) for debug
        OsvAffected a = entry(List.of(),
                range(OsvRange.Type.SEMVER, e(Kind.INTRODUCED, "0"), e(Kind.FIXED, "3.1.0")),
                range(OsvRange.Type.SEMVER, e(Kind.INTRODUCED, "0"), e(Kind.FIXED, "2.6.9")));
        RangeEvaluator.Verdict v = RangeEvaluator.evaluate(a, "2.6.9", DOTTED);
        assertThat(v.affected()).isTrue();
        assertThat(v.fixedVersions()).containsExactly("3.1.0");
    }

    @Test
    void evaluate_explicitVersionsListAffectsWithoutRanges() throws Exception {
        OsvAffected a = entry(List.of("1.5.0", "1.5.3"), range(OsvRange.Type.ECOSYSTEM, e(Kind.INTRODUCED, "0")));
        assertThat(RangeEvaluator.evaluate(entry(List.of("1.5.0", "1.5.3")), "1.5.3", DOTTED).affected()).isTrue();
        assertThat(RangeEvaluator.evaluate(entry(List.of("1.5.0", "1.5.3")), "1.5.1", DOTTED).affected()).isFalse();
        assertThat(RangeEvaluator.evaluate(a, "9.9", DOTTED).affected()).isTrue();
    }

    @Test
    void evaluate_limitBoundsTheRange() throws Exception {
        OsvAffected a = entry(List.of(), range(OsvRange.Type.ECOSYSTEM, e(Kind.INTRODUCED, "0"), e(Kind.LIMIT, "2.0")));
        assertThat(RangeEvaluator.evaluate(a, "1.9", DOTTED).affected()).isTrue();
        assertThat(RangeEvaluator.evaluate(a, "2.0", DOTTED).affected()).isFalse();
    }

    @Test
    void evaluate_gitRangesAreCountedNotEvaluated() throws Exception {
        OsvAffected a = entry(List.of(), range(OsvRange.Type.GIT, e(Kind.INTRODUCED, "0"), e(Kind.FIXED, "abc123")));
        RangeEvaluator.Verdict v = RangeEvaluator.evaluate(a, "1.0", DOTTED);
        assertThat(v.affected()).isFalse();
        assertThat(v.gitRangesSkipped()).isEqualTo(1);
    }

    @Test
    void evaluate_invalidVersionIsReportedNotOrdered() {
        OsvAffected a = entry(List.of(), range(OsvRange.Type.ECOSYSTEM, e(Kind.INTRODUCED, "1.0"), e(Kind.FIXED, "2.0")));
        assertThatThrownBy(() -> RangeEvaluator.evaluate(a, "1.x", DOTTED))
                .isInstanceOf(VersionOrder.InvalidVersion.class).hasMessage("invalid dotted version '1.x'");
    }
}

package dev.rampart.vulndb.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CvssVectorTest {
    private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final String V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    private static final String NO_PREFIX = "it does not start with a version prefix (expected CVSS:3.0/, CVSS:3.1/ or"
            + " CVSS:4.0/; CVSS v2 vectors are not supported)";

    static Stream<Arguments> invalidVectors() {
        return Stream.of(
                arguments("", NO_PREFIX),
                arguments("AV:N/AC:L/Au:N/C:P/I:P/A:P", NO_PREFIX),
                arguments("cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", NO_PREFIX),
                arguments("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P", "unsupported CVSS version '2.0' (expected CVSS:3.0/,"
                        + " CVSS:3.1/ or CVSS:4.0/)"),
                arguments("CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "unsupported CVSS version '3.2' (expected"
                        + " CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/)"),
                arguments("CVSS:3.1", "it has no metrics after the prefix CVSS:3.1"),
                arguments("CVSS:3.1/", "missing mandatory base metrics AV, AC, PR, UI, S, C, I, A"),
                arguments("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", "missing mandatory base metric A"),
                arguments(V31 + "/XY:Z", "unknown metric 'XY' for CVSS 3.1"),
                arguments("CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H", "unknown metric 'AT' for CVSS 3.1"),
                arguments("CVSS:3.1/av:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "unknown metric 'av' for CVSS 3.1"),
                arguments("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "bad value 'X' for metric AV (expected one"
                        + " of N, A, L, P)"),
                arguments(V31 + "/E:A", "bad value 'A' for metric E (expected one of X, H, F, P, U)"),
                arguments("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L", "duplicate metric AV (given as AV:N and"
                        + " AV:L)"),
                arguments("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "empty metric at position 2 (two '/' in a"
                        + " row, or a '/' at the end)"),
                arguments(V31 + "/", "empty metric at position 9 (two '/' in a row, or a '/' at the end)"),
                arguments("CVSS:3.1/AVN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "malformed metric 'AVN' (expected NAME:VALUE)"),
                arguments("CVSS:3.1/AV:/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "malformed metric 'AV:' (expected NAME:VALUE)"),
                arguments("CVSS:3.1/:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "malformed metric ':N' (expected NAME:VALUE)"),
                arguments("CVSS:3.1/AV:N:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "bad value 'N:L' for metric AV (expected one"
                        + " of N, A, L, P)"),
                arguments(V40 + "/RL:O", "unknown metric 'RL' for CVSS 4.0"),
                arguments("CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "bad value 'X' for metric AV"
                        + " (expected one of N, A, L, P)"),
                arguments(V40 + "/U:green", "bad value 'green' for metric U (expected one of X, Clear, Green, Amber, Red)"),
                // The invalid examples of the v4.0 specification, section 7:
                arguments("CVSS:4.0/AV:F/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N", "bad value 'F' for metric AV"
                        + " (expected one of N, A, L, P)"),
                arguments("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:A/E:X", "duplicate metric E"
                        + " (given as E:A and E:X)"),
                arguments("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/ui:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N", "unknown metric 'ui' for"
                        + " CVSS 4.0"),
                arguments("AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N", NO_PREFIX),
                arguments("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/SC:N/SI:N/SA:N", "missing mandatory base metric VA"),
                arguments("CVSS:4.0/AC:L/AV:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N/CR:L/IR:X/AR:L/RE:H/MAV:A/MAC:H"
                        + "/MAT:N/MPR:N/MUI:P/AT:N/MVC:X/MVI:N/MVA:H/MSC:N/MSI:L/MSA:S/E:U/S:N/AU:N/R:I/V:C/U:Green",
                        "metric AV is out of order: CVSS 4.0 lists it before AC and accepts no other order"),
                // Published out of order (a GitHub advisory did): v4.0 rejects it, the specification allows no other order.
                arguments("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/SC:N/VI:H/SI:N/VA:H/SA:N", "metric VI is out of order:"
                        + " CVSS 4.0 lists it before SC and accepts no other order"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidVectors")
    void parse_rejectsInvalidVector_namingTheVectorAndTheProblem(String vector, String problem) {
        assertThatThrownBy(() -> CvssVector.parse(vector))
                .isInstanceOfSatisfying(InvalidCvssException.class, e -> {
                    assertThat(e.vector()).isEqualTo(vector);
                    assertThat(e.problem()).isEqualTo(problem);
                })
                .hasMessage("invalid CVSS vector '" + vector + "': " + problem);
    }

    @Test
    void parse_rejectsOverlongInput_andQuotesOnlyItsStart() {
        String huge = "CVSS:3.1/" + "AV:N/".repeat(1_000);

        assertThatThrownBy(() -> CvssVector.parse(huge))
                .isInstanceOfSatisfying(InvalidCvssException.class, e -> assertThat(e.problem())
                        .isEqualTo("it is 5009 characters long; no CVSS vector needs more than 512"))
                .message().hasSizeLessThan(300).startsWith("invalid CVSS vector 'CVSS:3.1/AV:N/AV:N/");
    }

    @Test
    void parse_returnsTheVersionsType() throws InvalidCvssException {
        assertThat(describe(CvssVector.parse(V31))).isEqualTo("v3.1 with 8 metrics");
        assertThat(describe(CvssVector.parse(V31.replace("3.1", "3.0")))).isEqualTo("v3.0 with 8 metrics");
        assertThat(describe(CvssVector.parse(V40))).isEqualTo("v4.0 with 11 metrics");
    }

    @Test
    void parse_ignoresSurroundingWhitespace() throws InvalidCvssException {
        assertThat(CvssVector.parse("  " + V40 + "\n").vector()).isEqualTo(V40);
    }

    @Test
    void vector_leavesOutNotDefinedMetrics_soEqualVectorsAreEqual() throws InvalidCvssException {
        CvssVector explicit = CvssVector.parse(V40 + "/E:X/CR:X/MAV:X/S:X/U:X");

        assertThat(explicit.vector()).isEqualTo(V40);
        assertThat(explicit).isEqualTo(CvssVector.parse(V40)).hasSameHashCodeAs(CvssVector.parse(V40));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0.0, NONE", "0.1, LOW", "3.9, LOW", "4.0, MEDIUM", "6.9, MEDIUM", "7.0, HIGH", "8.9, HIGH",
            "9.0, CRITICAL", "10.0, CRITICAL"})
    void severity_followsTheRatingScale(double score, CvssSeverity severity) {
        assertThat(CvssSeverity.of(score)).isEqualTo(severity);
    }

    @Test
    void severity_rejectsScoresOutsideTheScale() {
        assertThatThrownBy(() -> CvssSeverity.of(10.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CVSS score 10.1 is outside 0.0–10.0");
        assertThatThrownBy(() -> CvssSeverity.of(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String describe(CvssVector cvss) {
        return switch (cvss) {
            case Cvss3 v3 -> "v" + v3.version() + " with " + v3.metrics().size() + " metrics";
            case Cvss4 v4 -> "v4.0 with " + v4.metrics().size() + " metrics";
        };
    }
}

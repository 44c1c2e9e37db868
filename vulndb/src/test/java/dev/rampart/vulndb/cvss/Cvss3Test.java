package dev.rampart.vulndb.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Cvss3Test {
    private static final String V31_EXAMPLES = "cvss/v31-examples.tsv";

    static List<CvssExample> firstV31Examples() {
        return CvssExample.load(V31_EXAMPLES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstV31Examples")
    void baseScore_matchesFirstV31Example(CvssExample example) throws InvalidCvssException {
        CvssVector cvss = CvssVector.parse(example.vector());

        assertThat(cvss).isInstanceOf(Cvss3.class);
        assertThat(cvss.baseScore()).isEqualTo(example.score());
        assertThat(cvss.severity()).isEqualTo(example.severity());
    }

    @Test
    void examplesFile_holdsEveryScoredVectorOfTheFirstV31ExamplesDocument() {
        assertThat(firstV31Examples()).hasSize(32)
                .extracting(CvssExample::severity).contains(CvssSeverity.LOW, CvssSeverity.MEDIUM, CvssSeverity.HIGH,
                        CvssSeverity.CRITICAL);
    }

    @ParameterizedTest(name = "Roundup({0}) = {1}")
    @CsvSource({
            "4.02, 4.1",          // section 7 example
            "4.00, 4.0",          // section 7 example
            "4.00001, 4.1",       // a real excess of 0.00001 rounds up
            "4.000001, 4.0",      // below 0.000005 is treated as floating-point noise (Appendix A)
            "4.000009, 4.1",      // rounds to 4.00001 first, which then rounds up
            "1.200003, 1.2",      // Appendix A's own example
            "0.30000000000000004, 0.3", // 0.1 + 0.2 in binary floating point, Appendix A's motivating case
            "9.999999, 10.0",
            "0.0, 0.0",
            "0.01, 0.1"})
    void roundup_followsAppendixA(double input, double expected) {
        assertThat(Cvss3.roundup(input)).isEqualTo(expected);
    }

    @Test
    void roundup_ofAFloatingPointSumThatIsMathematicallyATenth_doesNotRoundUp() {
        double sum = 0.1 + 0.2;

        assertThat(Math.ceil(sum * 10) / 10).as("naive ceiling").isEqualTo(0.4);
        assertThat(Cvss3.roundup(sum)).isEqualTo(0.3);
    }

    @Test
    void baseScore_isCappedAtTen_whenScopeIsChanged() throws InvalidCvssException {
        assertThat(CvssVector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H").baseScore()).isEqualTo(10.0);
    }

    @Test
    void baseScore_isZero_andSeverityNone_withoutImpact() throws InvalidCvssException {
        CvssVector cvss = CvssVector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N");

        assertThat(cvss.baseScore()).isEqualTo(0.0);
        assertThat(cvss.severity()).isEqualTo(CvssSeverity.NONE);
    }

    @Test
    void baseScore_ignoresTemporalAndEnvironmentalMetrics() throws InvalidCvssException {
        String heartbleed = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N";
        CvssVector withEverything = CvssVector.parse(heartbleed
                + "/E:U/RL:O/RC:R/CR:L/IR:L/AR:L/MAV:P/MAC:H/MPR:H/MUI:R/MS:U/MC:L/MI:N/MA:N");

        assertThat(withEverything.baseScore()).isEqualTo(7.5);
        assertThat(withEverything.vector()).startsWith(heartbleed + "/E:U/RL:O/RC:R/");
    }

    @Test
    void parse_acceptsVersion30_withTheSameBaseEquations() throws InvalidCvssException {
        // The v3.0 Examples document scores CVE-2013-0375 with this vector at 6.4, as v3.1 does.
        CvssVector cvss = CvssVector.parse("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N");

        assertThat(cvss).isEqualTo(new Cvss3("3.0", Map.of("AV", "N", "AC", "L", "PR", "L", "UI", "N", "S", "C",
                "C", "L", "I", "L", "A", "N")));
        assertThat(cvss.baseScore()).isEqualTo(6.4);
        assertThat(cvss.vector()).isEqualTo("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N");
    }

    @Test
    void parse_acceptsMetricsInAnyOrder_asV31Requires_andVectorPutsThemInTable15Order() throws InvalidCvssException {
        CvssVector shuffled = CvssVector.parse("CVSS:3.1/E:F/A:N/I:L/C:L/S:U/UI:N/PR:H/AC:L/AV:N/RL:X");

        assertThat(shuffled.vector()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/E:F");
        assertThat(shuffled).isEqualTo(CvssVector.parse("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/E:F"));
        assertThat(shuffled.baseScore()).isEqualTo(3.8); // section 6's example: 2.51 + 1.23 = 3.75, rounded up
    }

    @Test
    void constructor_rejectsMetricsThatAreNotAValidVector() {
        assertThatThrownBy(() -> new Cvss3("3.1", Map.of("AV", "N")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing mandatory base metrics AC, PR, UI, S, C, I, A");
        assertThatThrownBy(() -> new Cvss3("3.2", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported CVSS v3 version '3.2' (expected 3.0 or 3.1)");
    }
}

package dev.rampart.vulndb.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Cvss4Test {
    private static final String V40_EXAMPLES = "cvss/v40-examples.tsv";

    static List<CvssExample> v40Examples() {
        return CvssExample.load(V40_EXAMPLES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v40Examples")
    void baseScore_matchesReferenceCalculator(CvssExample example) throws InvalidCvssException {
        CvssVector cvss = CvssVector.parse(example.vector());

        assertThat(cvss).isInstanceOf(Cvss4.class);
        assertThat(cvss.baseScore()).isEqualTo(example.score());
        assertThat(cvss.severity()).isEqualTo(example.severity());
    }

    @Test
    void examplesFile_coversEverySeverityBand() {
        assertThat(v40Examples()).hasSizeGreaterThanOrEqualTo(20)
                .extracting(CvssExample::severity).containsAll(EnumSet.allOf(CvssSeverity.class));
    }

    @Test
    void baseScore_isCvssB_unmovedByThreatMetrics() throws InvalidCvssException {
        // FIRST's reference set scores this vector 9.1: that is CVSS-BT, E:U lowering it. CVSS-B is 10.0.
        CvssVector unreported = CvssVector.parse(
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U/CR:H/IR:H/AR:H");

        assertThat(unreported.baseScore()).isEqualTo(10.0);
    }

    @Test
    void baseScore_isCvssB_unmovedByEnvironmentalAndSupplementalMetrics() throws InvalidCvssException {
        String base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N";
        // Section 7's CVSS-BTE sample vector with supplemental metrics, MSA:S among them.
        CvssVector everything = CvssVector.parse(base + "/E:U/CR:L/IR:X/AR:L/MAV:A/MAC:H/MAT:N/MPR:N/MUI:P/MVC:X"
                + "/MVI:N/MVA:H/MSC:N/MSI:L/MSA:S/S:N/AU:N/R:I/V:C/RE:H/U:Green");

        assertThat(everything.baseScore()).isEqualTo(CvssVector.parse(base).baseScore());
        assertThat(everything.vector()).isEqualTo(base + "/E:U/CR:L/AR:L/MAV:A/MAC:H/MAT:N/MPR:N/MUI:P"
                + "/MVI:N/MVA:H/MSC:N/MSI:L/MSA:S/S:N/AU:N/R:I/V:C/RE:H/U:Green");
    }

    @Test
    void baseScore_isZero_whenNoSystemIsImpacted() throws InvalidCvssException {
        CvssVector cvss = CvssVector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N");

        assertThat(cvss.baseScore()).isEqualTo(0.0);
        assertThat(cvss.severity()).isEqualTo(CvssSeverity.NONE);
    }

    @Test
    void macroVectorTable_holdsAll270MacroVectors() {
        assertThat(MacroVectorScores.size()).isEqualTo(270);
        assertThat(MacroVectorScores.tenths(new MacroVector(0, 0, 0, 0, 0, 0))).hasValue(100);
        assertThat(MacroVectorScores.tenths(new MacroVector(2, 1, 2, 2, 2, 1))).hasValue(1);
        assertThat(MacroVectorScores.tenths(new MacroVector(0, 0, 2, 0, 0, 0))).as("EQ3 2 with EQ6 0 cannot exist").isEmpty();
    }

    /**
     * Section 8.2: "The highest severity vector of a MacroVector is always assigned the score of the
     * MacroVector". The highest-severity vectors below are Tables 24–30 restricted to what base
     * metrics can express (E:A, CR, IR, AR all H), so EQ3+EQ6 is 00, 10 or 21 and EQ4 is 1 or 2.
     */
    @Test
    void baseScore_ofEachHighestSeverityVector_isItsMacroVectorScore() throws InvalidCvssException {
        List<String> eq1 = List.of("AV:N/PR:N/UI:N", "AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P",
                "AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P");
        List<String> eq2 = List.of("AC:L/AT:N", "AC:L/AT:P", "AC:H/AT:N");
        List<String> eq3 = List.of("VC:H/VI:H/VA:H", "VC:L/VI:H/VA:H", "VC:H/VI:L/VA:H", "VC:L/VI:L/VA:L");
        List<String> eq4 = List.of("SC:H/SI:H/SA:H", "SC:L/SI:L/SA:L");
        int checked = 0;
        Set<String> macroVectors = new HashSet<>();
        for (String e1 : eq1) {
            for (String e2 : eq2) {
                for (String e3 : eq3) {
                    for (String e4 : eq4) {
                        Cvss4 cvss = (Cvss4) CvssVector.parse(canonical(e1, e2, e3, e4));
                        int macroVectorScore = MacroVectorScores.tenths(cvss.macroVector()).orElseThrow();
                        assertThat(cvss.baseScore()).as(cvss.vector()).isEqualTo(macroVectorScore / 10.0);
                        macroVectors.add(cvss.macroVector().toString());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(6 * 3 * 4 * 2);
        assertThat(macroVectors).hasSize(3 * 2 * 3 * 2);
    }

    /** All 4 × 2 × 2 × 3 × 3 × 3⁶ = 104,976 base vectors score, within 0.0 and their MacroVector's score. */
    @Test
    void baseScore_ofEveryBaseVector_liesBetweenZeroAndItsMacroVectorScore() throws InvalidCvssException {
        List<String> vectors = new ArrayList<>(List.of("CVSS:4.0"));
        for (String metric : List.of("AV:NALP", "AC:LH", "AT:NP", "PR:NLH", "UI:NPA", "VC:HLN", "VI:HLN", "VA:HLN",
                "SC:HLN", "SI:HLN", "SA:HLN")) {
            String name = metric.substring(0, 2);
            List<String> longer = new ArrayList<>(vectors.size() * 4);
            for (String prefix : vectors) {
                for (char value : metric.substring(3).toCharArray()) {
                    longer.add(prefix + "/" + name + ":" + value);
                }
            }
            vectors = longer;
        }
        assertThat(vectors).hasSize(104_976);
        List<String> outOfRange = new ArrayList<>();
        for (String vector : vectors) {
            Cvss4 cvss = (Cvss4) CvssVector.parse(vector);
            int tenths = (int) Math.round(cvss.baseScore() * 10);
            int macroVectorScore = MacroVectorScores.tenths(cvss.macroVector()).orElseThrow();
            if (tenths < 0 || tenths > macroVectorScore || tenths / 10.0 != cvss.baseScore()) {
                outOfRange.add(vector + " → " + cvss.baseScore() + " (MacroVector " + cvss.macroVector() + ")");
            }
        }
        assertThat(outOfRange).isEmpty();
    }

    private static String canonical(String eq1, String eq2, String eq3, String eq4) {
        String av = eq1.substring(0, 4);
        String prUi = eq1.substring(5);
        String ac = eq2.substring(0, 4);
        String at = eq2.substring(5);
        return String.join("/", "CVSS:4.0", av, ac, at, prUi, eq3, eq4);
    }
}

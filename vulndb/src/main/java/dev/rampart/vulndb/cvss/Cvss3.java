package dev.rampart.vulndb.cvss;

import static dev.rampart.vulndb.cvss.VectorGrammar.base;
import static dev.rampart.vulndb.cvss.VectorGrammar.optional;

import java.util.List;
import java.util.Map;

/**
 * A CVSS v3.0 or v3.1 vector, for example {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}
 * (base score 9.8, Critical).
 *
 * <p>Temporal and environmental metrics may be present and are kept in {@link #vector()}; the
 * base score uses the eight base metrics only. v3.0 and v3.1 share the base equations; both are
 * rounded with the v3.1 {@link #roundup Roundup}, which is v3.0's "smallest number, to one
 * decimal place, equal to or higher than its input" made safe from floating-point error.
 *
 * @param version {@code 3.0} or {@code 3.1}
 * @param metrics name → value in the specification's order, Not Defined ({@code X}) ones left out
 * @see <a href="https://www.first.org/cvss/v3-1/specification-document">v3.1 specification, section 7.1 (Base Metrics Equations)</a>
 */
public record Cvss3(String version, Map<String, String> metrics) implements CvssVector {
    /** v3.1 specification Table 15 (v3.0 Table 12 lists the same metrics and values). */
    private static final List<VectorGrammar.Metric> METRICS = List.of(
            base("AV", "N", "A", "L", "P"), base("AC", "L", "H"), base("PR", "N", "L", "H"),
            base("UI", "N", "R"), base("S", "U", "C"),
            base("C", "H", "L", "N"), base("I", "H", "L", "N"), base("A", "H", "L", "N"),
            optional("E", "H", "F", "P", "U"), optional("RL", "U", "W", "T", "O"), optional("RC", "C", "R", "U"),
            optional("CR", "H", "M", "L"), optional("IR", "H", "M", "L"), optional("AR", "H", "M", "L"),
            optional("MAV", "N", "A", "L", "P"), optional("MAC", "L", "H"), optional("MPR", "N", "L", "H"),
            optional("MUI", "N", "R"), optional("MS", "U", "C"),
            optional("MC", "H", "L", "N"), optional("MI", "H", "L", "N"), optional("MA", "H", "L", "N"));
    static final VectorGrammar V30 = new VectorGrammar("3.0", METRICS, false);
    static final VectorGrammar V31 = new VectorGrammar("3.1", METRICS, false);

    public Cvss3 {
        VectorGrammar grammar = grammar(version);
        String problem = grammar.problemWith(metrics);
        if (problem != null) {
            throw new IllegalArgumentException("invalid CVSS " + version + " metrics " + metrics + ": " + problem);
        }
        metrics = grammar.canonical(metrics);
    }

    static Cvss3 parse(String vector, VectorGrammar grammar) throws InvalidCvssException {
        return new Cvss3(grammar.version(), grammar.parse(vector, vector.substring(grammar.prefix().length())));
    }

    /**
     * The base score, v3.1 section 7.1: Impact from the Impact Sub-Score (ISS), Exploitability
     * from AV, AC, PR and UI, their sum (times 1.08 when Scope is Changed) capped at 10 and
     * rounded up to one decimal; 0 when Impact is not positive.
     */
    @Override
    public double baseScore() {
        boolean changed = metrics.get("S").equals("C");
        double iss = 1 - (1 - impact("C")) * (1 - impact("I")) * (1 - impact("A"));
        double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        if (impact <= 0) {
            return 0.0;
        }
        double exploitability = 8.22 * attackVector() * attackComplexity() * privilegesRequired(changed) * userInteraction();
        double sum = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
        return roundup(Math.min(sum, 10));
    }

    @Override
    public String vector() {
        return grammar(version).text(metrics);
    }

    /**
     * Roundup as v3.1 Appendix A defines it: the input is first rounded to the nearest multiple of
     * 0.00001, so floating-point noise such as 0.1 + 0.2 = 0.30000000000000004 does not round up
     * to 0.4, then rounded up to one decimal place: 4.02 → 4.1, 4.00 → 4.0, 4.00001 → 4.1; a
     * difference below 0.000005 is noise, so 4.000001 → 4.0 (the appendix's own example: 1.200003 → 1.2).
     *
     * @see <a href="https://www.first.org/cvss/v3-1/specification-document">v3.1 specification, Appendix A (Floating Point Rounding)</a>
     */
    static double roundup(double input) {
        long intInput = Math.round(input * 100_000);
        if (intInput % 10_000 == 0) {
            return intInput / 100_000.0;
        }
        return (Math.floorDiv(intInput, 10_000) + 1) / 10.0;
    }

    private static VectorGrammar grammar(String version) {
        return switch (version) {
            case "3.0" -> V30;
            case "3.1" -> V31;
            default -> throw new IllegalArgumentException("unsupported CVSS v3 version '" + version + "' (expected 3.0 or 3.1)");
        };
    }

    // Metric values: v3.1 section 7.4, Table 16.

    private double attackVector() {
        return switch (metrics.get("AV")) {
            case "N" -> 0.85;
            case "A" -> 0.62;
            case "L" -> 0.55;
            default -> 0.2; // P
        };
    }

    private double attackComplexity() {
        return metrics.get("AC").equals("L") ? 0.77 : 0.44;
    }

    /** PR weighs more when Scope is Changed: L 0.68 instead of 0.62, H 0.5 instead of 0.27. */
    private double privilegesRequired(boolean scopeChanged) {
        return switch (metrics.get("PR")) {
            case "N" -> 0.85;
            case "L" -> scopeChanged ? 0.68 : 0.62;
            default -> scopeChanged ? 0.5 : 0.27; // H
        };
    }

    private double userInteraction() {
        return metrics.get("UI").equals("N") ? 0.85 : 0.62;
    }

    private double impact(String metric) {
        return switch (metrics.get(metric)) {
            case "H" -> 0.56;
            case "L" -> 0.22;
            default -> 0.0; // N
        };
    }
}

package dev.rampart.vulndb.cvss;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CVSS v4.0 score of a vector, v4.0 section 8.2: the score of its MacroVector, lowered by the
 * mean of its proportional distances towards the next lower MacroVector of each equivalence set.
 *
 * <ol>
 *   <li>For each EQ (EQ3 and EQ6 together) the <em>available distance</em> is the MacroVector's
 *       score minus the score of the next lower MacroVector in that EQ; an EQ with no lower
 *       MacroVector is left out of the mean.
 *   <li>The vector's <em>severity distance</em> in that EQ is how many severity steps its metrics
 *       lie below the first of the MacroVector's highest-severity vectors that is at least as
 *       severe in every metric; divided by the MacroVector's depth in that EQ it is the
 *       proportion of the available distance to take. EQ5 always contributes 0.
 *   <li>The score is the MacroVector's score minus the mean of those parts, kept within 0–10 and
 *       rounded half up to one decimal.
 * </ol>
 *
 * <p>The highest-severity vectors and depths are the {@code max_composed} and
 * {@code max_severity} data of FIRST's reference calculator. Arithmetic is exact (integers in
 * tenths over a common denominator), so a mean landing exactly on x.x5 rounds up, as the
 * reference calculator does since its 2024-11-01 rounding fix; floating point would sometimes
 * give x.x4999… and round down.
 *
 * @see <a href="https://www.first.org/cvss/v4-0/specification-document">v4.0 specification, section 8.2</a>
 */
final class Cvss4Scoring {
    private static final List<String> IMPACTS = List.of("VC", "VI", "VA", "SC", "SI", "SA");

    /** Severity level of each value, in steps from the most severe (the reference calculator's tenths). */
    private static final Map<String, Map<String, Integer>> LEVELS = Map.ofEntries(
            Map.entry("AV", Map.of("N", 0, "A", 1, "L", 2, "P", 3)),
            Map.entry("PR", Map.of("N", 0, "L", 1, "H", 2)),
            Map.entry("UI", Map.of("N", 0, "P", 1, "A", 2)),
            Map.entry("AC", Map.of("L", 0, "H", 1)),
            Map.entry("AT", Map.of("N", 0, "P", 1)),
            Map.entry("VC", Map.of("H", 0, "L", 1, "N", 2)),
            Map.entry("VI", Map.of("H", 0, "L", 1, "N", 2)),
            Map.entry("VA", Map.of("H", 0, "L", 1, "N", 2)),
            Map.entry("SC", Map.of("H", 1, "L", 2, "N", 3)),
            Map.entry("SI", Map.of("S", 0, "H", 1, "L", 2, "N", 3)),
            Map.entry("SA", Map.of("S", 0, "H", 1, "L", 2, "N", 3)),
            Map.entry("CR", Map.of("H", 0, "M", 1, "L", 2)),
            Map.entry("IR", Map.of("H", 0, "M", 1, "L", 2)),
            Map.entry("AR", Map.of("H", 0, "M", 1, "L", 2)),
            Map.entry("E", Map.of("A", 0, "P", 1, "U", 2)));

    /** Highest-severity vectors of each EQ level ({@code max_composed}); EQ3 and EQ6 are keyed together. */
    private static final Map<Integer, List<String>> EQ1_HIGHEST = Map.of(
            0, List.of("AV:N/PR:N/UI:N"),
            1, List.of("AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"),
            2, List.of("AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"));
    private static final Map<Integer, List<String>> EQ2_HIGHEST = Map.of(
            0, List.of("AC:L/AT:N"),
            1, List.of("AC:H/AT:N", "AC:L/AT:P"));
    private static final Map<String, List<String>> EQ3_EQ6_HIGHEST = Map.of(
            "00", List.of("VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"),
            "01", List.of("VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"),
            "10", List.of("VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"),
            "11", List.of("VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M",
                    "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"),
            "21", List.of("VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"));
    private static final Map<Integer, List<String>> EQ4_HIGHEST = Map.of(
            0, List.of("SC:H/SI:S/SA:S"),
            1, List.of("SC:H/SI:H/SA:H"),
            2, List.of("SC:L/SI:L/SA:L"));
    private static final Map<Integer, List<String>> EQ5_HIGHEST = Map.of(
            0, List.of("E:A"), 1, List.of("E:P"), 2, List.of("E:U"));

    /** Depth of each EQ level in severity steps, plus one ({@code max_severity}). */
    private static final Map<Integer, Integer> EQ1_DEPTH = Map.of(0, 1, 1, 4, 2, 5);
    private static final Map<Integer, Integer> EQ2_DEPTH = Map.of(0, 1, 1, 2);
    private static final Map<String, Integer> EQ3_EQ6_DEPTH = Map.of("00", 7, "01", 6, "10", 8, "11", 8, "21", 10);
    private static final Map<Integer, Integer> EQ4_DEPTH = Map.of(0, 6, 1, 5, 2, 4);

    /** {@link #highestVectors} of each MacroVector met so far; there are at most 270. */
    private static final Map<MacroVector, List<Map<String, String>>> HIGHEST = new ConcurrentHashMap<>();

    /** A common multiple of every depth, so each proportion is a whole number of 1/2520ths. */
    private static final long SCALE = 2520;

    private Cvss4Scoring() {
    }

    /**
     * CVSS-B, the score from the base metrics alone (the specification's nomenclature): Exploit
     * Maturity and the security requirements are Not Defined, which section 8.2 reads as their
     * worst case, E:A and CR:H, IR:H, AR:H; the modified base metrics are Not Defined and so equal
     * the base metrics.
     *
     * @param base the eleven base metrics
     * @return the score in tenths (93 for 9.3)
     */
    static int baseScoreTenths(Map<String, String> base) {
        return scoreTenths(baseOnly(base));
    }

    /** The effective values of a vector with base metrics only: the base metrics plus E:A, CR:H, IR:H, AR:H. */
    static Map<String, String> baseOnly(Map<String, String> base) {
        Map<String, String> effective = new HashMap<>(base);
        effective.put("E", "A");
        effective.put("CR", "H");
        effective.put("IR", "H");
        effective.put("AR", "H");
        return effective;
    }

    /** The score of effective metric values (the fifteen that {@link #LEVELS} lists, none X), in tenths. */
    static int scoreTenths(Map<String, String> v) {
        if (IMPACTS.stream().allMatch(metric -> "N".equals(v.get(metric)))) {
            return 0; // no impact on either system
        }
        MacroVector mv = MacroVector.of(v);
        int value = MacroVectorScores.tenths(mv).orElseThrow(
                () -> new IllegalStateException("MacroVector " + mv + " has no score"));
        Map<String, Integer> d = distancesBelowHighest(v, mv);
        String eq3eq6 = "" + mv.eq3() + mv.eq6();
        List<Part> parts = List.of(
                new Part(lower(mv.plus(1, 0, 0, 0, 0, 0)), d.get("AV") + d.get("PR") + d.get("UI"), EQ1_DEPTH.get(mv.eq1())),
                new Part(lower(mv.plus(0, 1, 0, 0, 0, 0)), d.get("AC") + d.get("AT"), EQ2_DEPTH.get(mv.eq2())),
                new Part(lowerInEq3Eq6(mv), d.get("VC") + d.get("VI") + d.get("VA") + d.get("CR") + d.get("IR") + d.get("AR"),
                        EQ3_EQ6_DEPTH.get(eq3eq6)),
                new Part(lower(mv.plus(0, 0, 0, 1, 0, 0)), d.get("SC") + d.get("SI") + d.get("SA"), EQ4_DEPTH.get(mv.eq4())),
                new Part(lower(mv.plus(0, 0, 0, 0, 1, 0)), 0, 1));
        long lowered = 0; // sum of the parts, in tenths times SCALE
        int existing = 0;
        for (Part part : parts) {
            if (part.lowerScore().isPresent()) {
                existing++;
                lowered += (value - part.lowerScore().getAsInt()) * part.distance() * (SCALE / part.depth());
            }
        }
        if (existing == 0) {
            return value;
        }
        long denominator = SCALE * existing;
        long scaled = value * denominator - lowered; // the score in tenths, times denominator
        long clamped = Math.clamp(scaled, 0, 100 * denominator);
        return Math.toIntExact(Math.floorDiv(2 * clamped + denominator, 2 * denominator)); // half up
    }

    private record Part(OptionalInt lowerScore, int distance, int depth) {
    }

    private static OptionalInt lower(MacroVector macroVector) {
        return MacroVectorScores.tenths(macroVector);
    }

    /**
     * EQ3 and EQ6 move together: 00 has two lower neighbours, 01 and 10, and the higher-scoring
     * one counts; 01 and 11 step EQ3 down, 10 steps EQ6 down; 21 has none.
     */
    private static OptionalInt lowerInEq3Eq6(MacroVector mv) {
        if (mv.eq3() == 0 && mv.eq6() == 0) {
            OptionalInt left = lower(mv.plus(0, 0, 0, 0, 0, 1));
            OptionalInt right = lower(mv.plus(0, 0, 1, 0, 0, 0));
            return left.getAsInt() > right.getAsInt() ? left : right;
        }
        if (mv.eq3() == 1 && mv.eq6() == 0) {
            return lower(mv.plus(0, 0, 0, 0, 0, 1));
        }
        if (mv.eq3() == 2) {
            return OptionalInt.empty();
        }
        return lower(mv.plus(0, 0, 1, 0, 0, 0));
    }

    /**
     * Severity steps of each metric below the first highest-severity vector of the MacroVector
     * (in the reference calculator's order) that is at least as severe in every metric.
     */
    private static Map<String, Integer> distancesBelowHighest(Map<String, String> v, MacroVector mv) {
        for (Map<String, String> highest : HIGHEST.computeIfAbsent(mv, Cvss4Scoring::highestVectors)) {
            Map<String, Integer> distances = new HashMap<>();
            for (Map.Entry<String, Map<String, Integer>> metric : LEVELS.entrySet()) {
                Map<String, Integer> levels = metric.getValue();
                distances.put(metric.getKey(), levels.get(v.get(metric.getKey())) - levels.get(highest.get(metric.getKey())));
            }
            if (distances.values().stream().allMatch(distance -> distance >= 0)) {
                return distances;
            }
        }
        throw new IllegalStateException("no highest-severity vector of MacroVector " + mv + " is as severe as " + v);
    }

    /** Every combination of the EQs' highest-severity vectors, EQ1 varying slowest. */
    private static List<Map<String, String>> highestVectors(MacroVector mv) {
        List<List<String>> choices = List.of(EQ1_HIGHEST.get(mv.eq1()), EQ2_HIGHEST.get(mv.eq2()),
                EQ3_EQ6_HIGHEST.get("" + mv.eq3() + mv.eq6()), EQ4_HIGHEST.get(mv.eq4()), EQ5_HIGHEST.get(mv.eq5()));
        List<Map<String, String>> combined = List.of(Map.of());
        for (List<String> choice : choices) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> prefix : combined) {
                for (String part : choice) {
                    Map<String, String> merged = new LinkedHashMap<>(prefix);
                    for (String metric : part.split("/")) {
                        merged.put(metric.substring(0, metric.indexOf(':')), metric.substring(metric.indexOf(':') + 1));
                    }
                    next.add(Map.copyOf(merged));
                }
            }
            combined = next;
        }
        return combined;
    }
}

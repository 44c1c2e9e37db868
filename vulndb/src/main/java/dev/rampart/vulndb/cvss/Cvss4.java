package dev.rampart.vulndb.cvss;

import static dev.rampart.vulndb.cvss.VectorGrammar.base;
import static dev.rampart.vulndb.cvss.VectorGrammar.optional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A CVSS v4.0 vector, for example {@code CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N}
 * (CVSS-B 9.3, Critical).
 *
 * <p>{@link #baseScore()} is CVSS-B, from the eleven base metrics alone. Threat, environmental and
 * supplemental metrics may be present and are kept in {@link #vector()}, but do not change it:
 * a vector with {@code E:U} or {@code MAV:P} has the same CVSS-B as without them (its CVSS-BT or
 * CVSS-BE score, which FIRST's calculator shows for such a vector, would differ), and
 * supplemental metrics never change any score.
 *
 * @param metrics name → value in the specification's order, Not Defined ({@code X}) ones left out
 * @see <a href="https://www.first.org/cvss/v4-0/specification-document">v4.0 specification</a>
 */
public record Cvss4(Map<String, String> metrics) implements CvssVector {
    /** v4.0 specification section 7, Table 23. */
    static final VectorGrammar GRAMMAR = new VectorGrammar("4.0", List.of(
            base("AV", "N", "A", "L", "P"), base("AC", "L", "H"), base("AT", "N", "P"),
            base("PR", "N", "L", "H"), base("UI", "N", "P", "A"),
            base("VC", "H", "L", "N"), base("VI", "H", "L", "N"), base("VA", "H", "L", "N"),
            base("SC", "H", "L", "N"), base("SI", "H", "L", "N"), base("SA", "H", "L", "N"),
            optional("E", "A", "P", "U"),
            optional("CR", "H", "M", "L"), optional("IR", "H", "M", "L"), optional("AR", "H", "M", "L"),
            optional("MAV", "N", "A", "L", "P"), optional("MAC", "L", "H"), optional("MAT", "N", "P"),
            optional("MPR", "N", "L", "H"), optional("MUI", "N", "P", "A"),
            optional("MVC", "H", "L", "N"), optional("MVI", "H", "L", "N"), optional("MVA", "H", "L", "N"),
            optional("MSC", "H", "L", "N"), optional("MSI", "S", "H", "L", "N"), optional("MSA", "S", "H", "L", "N"),
            optional("S", "N", "P"), optional("AU", "N", "Y"), optional("R", "A", "U", "I"),
            optional("V", "D", "C"), optional("RE", "L", "M", "H"), optional("U", "Clear", "Green", "Amber", "Red")),
            true);

    public Cvss4 {
        String problem = GRAMMAR.problemWith(metrics);
        if (problem != null) {
            throw new IllegalArgumentException("invalid CVSS 4.0 metrics " + metrics + ": " + problem);
        }
        metrics = GRAMMAR.canonical(metrics);
    }

    static Cvss4 parse(String vector) throws InvalidCvssException {
        return new Cvss4(GRAMMAR.parse(vector, vector.substring(GRAMMAR.prefix().length())));
    }

    /** CVSS-B, rounded to one decimal place: see {@link Cvss4Scoring}. */
    @Override
    public double baseScore() {
        return Cvss4Scoring.baseScoreTenths(baseMetrics()) / 10.0;
    }

    @Override
    public String vector() {
        return GRAMMAR.text(metrics);
    }

    /** The MacroVector of the base metrics, {@code 000200} for example. */
    MacroVector macroVector() {
        return MacroVector.of(Cvss4Scoring.baseOnly(baseMetrics()));
    }

    private Map<String, String> baseMetrics() {
        return GRAMMAR.metrics().stream().filter(VectorGrammar.Metric::mandatory)
                .collect(Collectors.toMap(VectorGrammar.Metric::name, m -> metrics.get(m.name())));
    }
}

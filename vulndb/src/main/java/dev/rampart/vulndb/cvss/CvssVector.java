package dev.rampart.vulndb.cvss;

/**
 * A CVSS vector string with its base score, as the vulnerability databases publish them:
 * {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H} (9.8), {@code CVSS:3.0/…} or
 * {@code CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N} (9.3).
 *
 * <p>Only the base score is computed. Temporal, threat, environmental and supplemental metrics
 * may be present; they are validated and kept in {@link #vector()} but do not change
 * {@link #baseScore()}. CVSS v2 vectors, which have no {@code CVSS:} prefix, are not accepted.
 *
 * <pre>{@code
 * CvssVector cvss = CvssVector.parse("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N");
 * cvss.baseScore();  // 3.1
 * cvss.severity();   // LOW
 * }</pre>
 */
public sealed interface CvssVector permits Cvss3, Cvss4 {
    /** Longer than any valid vector (a v4.0 vector with every metric is under 200 characters). */
    int MAX_LENGTH = 512;

    /**
     * Parses a v3.0, v3.1 or v4.0 vector string; surrounding whitespace is ignored.
     *
     * @throws InvalidCvssException naming the vector and the first problem: a missing or unknown
     *     version prefix, an empty or malformed metric, an unknown metric, a value the metric does
     *     not allow, a metric given twice, a missing base metric, or (v4.0 only) metrics out of
     *     the specification's order
     */
    static CvssVector parse(String vector) throws InvalidCvssException {
        String text = vector.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidCvssException(vector, "it is " + text.length() + " characters long; no CVSS vector needs more than "
                    + MAX_LENGTH);
        }
        if (text.startsWith(Cvss3.V31.prefix())) {
            return Cvss3.parse(text, Cvss3.V31);
        }
        if (text.startsWith(Cvss3.V30.prefix())) {
            return Cvss3.parse(text, Cvss3.V30);
        }
        if (text.startsWith(Cvss4.GRAMMAR.prefix())) {
            return Cvss4.parse(text);
        }
        throw new InvalidCvssException(vector, prefixProblem(text));
    }

    /** The base score, 0.0 to 10.0 with one decimal place. */
    double baseScore();

    /** The rating of {@link #baseScore()}. */
    default CvssSeverity severity() {
        return CvssSeverity.of(baseScore());
    }

    /**
     * The vector in canonical form: the prefix, then the metrics in the specification's order,
     * leaving out non-base metrics whose value is Not Defined ({@code X}).
     */
    String vector();

    private static String prefixProblem(String text) {
        String expected = "expected CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/";
        if (!text.startsWith("CVSS:")) {
            return "it does not start with a version prefix (" + expected + "; CVSS v2 vectors are not supported)";
        }
        int slash = text.indexOf('/');
        String version = slash < 0 ? text.substring("CVSS:".length()) : text.substring("CVSS:".length(), slash);
        if (slash < 0 && (version.equals("3.0") || version.equals("3.1") || version.equals("4.0"))) {
            return "it has no metrics after the prefix CVSS:" + version;
        }
        return "unsupported CVSS version '" + version + "' (" + expected + ")";
    }
}

package dev.rampart.vulndb.cvss;

/**
 * The qualitative severity rating scale, the same in CVSS v3.1 (section 5) and v4.0 (section 6):
 * None 0.0, Low 0.1–3.9, Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0.
 *
 * @see <a href="https://www.first.org/cvss/v3-1/specification-document">v3.1 specification, section 5, Table 14</a>
 * @see <a href="https://www.first.org/cvss/v4-0/specification-document">v4.0 specification, section 6, Table 22</a>
 */
public enum CvssSeverity {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    /** The rating of a score in [0.0, 10.0] given to one decimal place. */
    public static CvssSeverity of(double score) {
        long tenths = Math.round(score * 10);
        if (tenths < 0 || tenths > 100) {
            throw new IllegalArgumentException("CVSS score " + score + " is outside 0.0–10.0");
        }
        if (tenths == 0) {
            return NONE;
        }
        if (tenths < 40) {
            return LOW;
        }
        if (tenths < 70) {
            return MEDIUM;
        }
        return tenths < 90 ? HIGH : CRITICAL;
    }
}

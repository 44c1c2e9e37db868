package dev.rampart.vulndb.cvss;

import java.util.Map;

/**
 * The CVSS v4.0 MacroVector: six equivalence-set levels (0 is most severe) that group vectors of
 * comparable severity, v4.0 section 8.2, Tables 24–30.
 *
 * <ul>
 *   <li>EQ1 exploitability: 0 AV:N and PR:N and UI:N; 1 one of them is N and AV is not P; 2 otherwise.
 *   <li>EQ2 complexity: 0 AC:L and AT:N; 1 otherwise.
 *   <li>EQ3 vulnerable system: 0 VC:H and VI:H; 1 one of VC, VI, VA is H; 2 otherwise.
 *   <li>EQ4 subsequent system: 0 SI:S or SA:S (only through MSI/MSA); 1 one of SC, SI, SA is H; 2 otherwise.
 *   <li>EQ5 exploitation: 0 E:A; 1 E:P; 2 E:U.
 *   <li>EQ6 security requirements: 0 (CR:H and VC:H) or (IR:H and VI:H) or (AR:H and VA:H); 1 otherwise.
 * </ul>
 *
 * @see <a href="https://www.first.org/cvss/v4-0/specification-document">v4.0 specification, section 8.2</a>
 */
record MacroVector(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {

    /** The MacroVector of effective metric values (every metric the equations read, none X). */
    static MacroVector of(Map<String, String> v) {
        return new MacroVector(eq1(v), is(v, "AC", "L") && is(v, "AT", "N") ? 0 : 1, eq3(v), eq4(v),
                switch (v.get("E")) {
                    case "A" -> 0;
                    case "P" -> 1;
                    default -> 2; // U
                },
                is(v, "CR", "H") && is(v, "VC", "H") || is(v, "IR", "H") && is(v, "VI", "H")
                        || is(v, "AR", "H") && is(v, "VA", "H") ? 0 : 1);
    }

    MacroVector plus(int d1, int d2, int d3, int d4, int d5, int d6) {
        return new MacroVector(eq1 + d1, eq2 + d2, eq3 + d3, eq4 + d4, eq5 + d5, eq6 + d6);
    }

    /** The six digits, as the specification writes a MacroVector: {@code 000200}. */
    @Override
    public String toString() {
        return "" + eq1 + eq2 + eq3 + eq4 + eq5 + eq6;
    }

    private static int eq1(Map<String, String> v) {
        boolean av = is(v, "AV", "N");
        boolean pr = is(v, "PR", "N");
        boolean ui = is(v, "UI", "N");
        if (av && pr && ui) {
            return 0;
        }
        return (av || pr || ui) && !is(v, "AV", "P") ? 1 : 2;
    }

    private static int eq3(Map<String, String> v) {
        if (is(v, "VC", "H") && is(v, "VI", "H")) {
            return 0;
        }
        return is(v, "VC", "H") || is(v, "VI", "H") || is(v, "VA", "H") ? 1 : 2;
    }

    private static int eq4(Map<String, String> v) {
        if (is(v, "SI", "S") || is(v, "SA", "S")) {
            return 0;
        }
        return is(v, "SC", "H") || is(v, "SI", "H") || is(v, "SA", "H") ? 1 : 2;
    }

    private static boolean is(Map<String, String> v, String metric, String value) {
        return value.equals(v.get(metric));
    }
}

package dev.rampart.vulndb.vex;

import dev.rampart.model.Purl;
import dev.rampart.model.VulnerabilityFinding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One suppression: a vulnerability id, the products it covers (none = every package), why, and
 * until when.
 *
 * @param products purls; a purl without version or qualifiers covers every version of that package
 * @param source the file it came from, for the report
 * @param expires the last day it applies, or null for no expiry
 */
public record Statement(String vulnerability, List<String> products, String reason, String source,
                        @Nullable LocalDate expires) {

    public Statement {
        products = List.copyOf(products);
    }

    /** Whether this statement covers the finding on the given day. */
    public boolean covers(VulnerabilityFinding f, LocalDate today) {
        if (expires != null && today.isAfter(expires)) {
            return false;
        }
        boolean idMatches = f.vulnerability().id().equals(vulnerability) || f.vulnerability().aliases().contains(vulnerability);
        return idMatches && (products.isEmpty() || products.stream().anyMatch(p -> purlCovers(p, f.pkg().purl())));
    }

    /** {@code pkg:maven/g/a} covers {@code pkg:maven/g/a@1.0?x=y}; with a version, versions must agree; qualifiers given must agree. */
    static boolean purlCovers(String statement, Purl pkg) {
        Purl s;
        try {
            s = Purl.parse(statement);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String base = base(s.canonical());
        if (!base.equals(base(pkg.canonical()))) {
            return false;
        }
        if (!s.version().isEmpty() && !s.version().equals(pkg.version())) {
            return false;
        }
        Map<String, String> q = pkg.qualifiers();
        return s.qualifiers().entrySet().stream().allMatch(e -> e.getValue().equals(q.get(e.getKey())));
    }

    /** type/namespace/name of a canonical purl. */
    private static String base(String canonical) {
        int cut = canonical.length();
        for (char c : new char[] {'@', '?', '#'}) {
            int i = canonical.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return canonical.substring(0, cut);
    }
}

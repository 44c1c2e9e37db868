package dev.rampart.vulndb.vex;

import dev.rampart.model.Issue;
import dev.rampart.model.Suppression;
import dev.rampart.model.VulnerabilityFinding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies statements to findings: a covered finding is kept, marked with its suppression, so
 * reports count it instead of dropping it. Expired ignore entries are reported once each.
 */
public final class Suppressor {
    private final List<Statement> statements;
    private final LocalDate today;

    public Suppressor(List<Statement> statements, LocalDate today) {
        this.statements = List.copyOf(statements);
        this.today = today;
    }

    public List<VulnerabilityFinding> apply(List<VulnerabilityFinding> findings) {
        List<VulnerabilityFinding> out = new ArrayList<>(findings.size());
        for (VulnerabilityFinding f : findings) {
            Statement s = statements.stream().filter(st -> st.covers(f, today)).findFirst().orElse(null);
            out.add(s == null ? f : f.suppressed(new Suppression(s.source(), s.reason())));
        }
        return out;
    }

    public List<Issue> expired() {
        List<Issue> out = new ArrayList<>();
        for (Statement s : statements) {
            if (s.expires() != null && today.isAfter(s.expires())) {
                out.add(new Issue(s.source(), s.vulnerability() + " expired on " + s.expires() + " and no longer suppresses"));
            }
        }
        return out;
    }
}

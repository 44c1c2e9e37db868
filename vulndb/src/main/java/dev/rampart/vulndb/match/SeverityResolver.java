package dev.rampart.vulndb.match;

import dev.rampart.model.Severity;
import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.osv.OsvSeverity;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rates a finding: from a CVSS vector where the record has one (v3.x preferred, as most sources
 * publish it, then v4.0), scored here rather than trusted; else the per-package rating
 * ({@code ecosystem_specific.severity}, Debian's {@code urgency}); else the record's own rating
 * (GitHub's {@code database_specific.severity}); else UNKNOWN. The result says which.
 */
final class SeverityResolver {
    private final CvssScorer scorer;

    SeverityResolver(CvssScorer scorer) {
        this.scorer = scorer;
    }

    record Rated(Severity severity, @Nullable Double score, String source, @Nullable String vector) {}

    Rated rate(OsvRecord record, OsvAffected entry) {
        for (String type : new String[] {"CVSS_V3", "CVSS_V4"}) {
            for (OsvSeverity s : record.severity()) {
                if (s.type().equals(type)) {
                    Optional<Double> score = scorer.baseScore(s.score());
                    if (score.isPresent()) {
                        String version = s.score().startsWith("CVSS:") ? s.score().substring(0, s.score().indexOf('/')) : type;
                        return new Rated(Severity.ofScore(score.get()), score.get(), version + " vector", s.score());
                    }
                }
            }
        }
        if (entry.severity() != null) {
            Optional<Severity> s = Severity.parse(entry.severity());
            if (s.isPresent()) {
                return new Rated(s.get(), null, entry.ecosystemBase() + " rating (" + entry.severity() + ")", null);
            }
        }
        for (OsvSeverity s : record.severity()) {
            if (s.type().equalsIgnoreCase("Ubuntu")) {
                Optional<Severity> sev = Severity.parse(s.score());
                if (sev.isPresent()) {
                    return new Rated(sev.get(), null, "Ubuntu priority (" + s.score() + ")", null);
                }
            }
        }
        if (record.databaseSeverity() != null) {
            Optional<Severity> s = Severity.parse(record.databaseSeverity());
            if (s.isPresent()) {
                return new Rated(s.get(), null, "record rating (" + record.databaseSeverity() + ")", null);
            }
        }
        return new Rated(Severity.UNKNOWN, null, "no rating", null);
    }
}

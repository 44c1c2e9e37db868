package dev.rampart.report.scan;

import dev.rampart.model.Finding;
import dev.rampart.model.Severity;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many findings there are of each severity, every severity present (zero when none). */
record SeverityCounts(Map<Severity, Integer> bySeverity) {
    SeverityCounts {
        bySeverity = Map.copyOf(bySeverity);
    }

    static SeverityCounts of(Collection<? extends Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return new SeverityCounts(counts);
    }

    int total() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    int of(Severity severity) {
        return bySeverity.get(severity);
    }

    /** {@code Total: 3 (UNKNOWN: 0, LOW: 1, MEDIUM: 0, HIGH: 1, CRITICAL: 1)}, lowest severity first as Trivy writes it. */
    String line() {
        StringBuilder b = new StringBuilder("Total: ").append(total()).append(" (");
        for (Severity s : Severity.values()) {
            b.append(s == Severity.UNKNOWN ? "" : ", ").append(s.name()).append(": ").append(of(s));
        }
        return b.append(')').toString();
    }
}

package dev.rampart.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts from one run.
 *
 * @param eventsRead events read from the source
 * @param badEvents lines that were not valid events (skipped under the skip policy)
 * @param eventsEvaluated events matched against rules (enter events are not)
 * @param alerts alerts emitted
 * @param alertsByRule alerts per rule, in the order rules first fired
 */
public record Summary(long eventsRead, long badEvents, long eventsEvaluated, long alerts, Map<String, Long> alertsByRule) {

    public Summary {
        alertsByRule = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alertsByRule));
    }

    /** A few lines for a terminal, like Falco's end-of-run statistics. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Events read: ").append(eventsRead).append(", evaluated: ").append(eventsEvaluated)
                .append(", bad lines skipped: ").append(badEvents).append('\n');
        sb.append("Alerts: ").append(alerts).append('\n');
        alertsByRule.forEach((rule, n) -> sb.append("   ").append(rule).append(": ").append(n).append('\n'));
        return sb.toString();
    }
}

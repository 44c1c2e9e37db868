package dev.rampart.runtime.sinks;

import dev.rampart.runtime.engine.Alert;
import java.util.ArrayList;
import java.util.List;

/** Keeps alerts in memory, for callers that want them as values. */
public final class CollectingSink implements AlertSink {
    private final List<Alert> alerts = new ArrayList<>();

    @Override
    public void accept(Alert alert) {
        alerts.add(alert);
    }

    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }
}

package dev.rampart.runtime.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A Kubernetes audit event ({@code audit.k8s.io/v1} {@code Event}) as the API server writes it, one
 * JSON object. Its time is {@code stageTimestamp}, else {@code requestReceivedTimestamp}.
 */
public final class K8sAuditEvent implements Event {
    private final JsonNode json;
    private final long timestamp;

    public K8sAuditEvent(JsonNode json) {
        this.json = json;
        this.timestamp = time(json);
    }

    public JsonNode json() {
        return json;
    }

    @Override
    public String source() {
        return EventSources.K8S_AUDIT;
    }

    @Override
    public int typeIndex() {
        return -1;
    }

    @Override
    public long timestampNanos() {
        return timestamp;
    }

    @Override
    public boolean isEnter() {
        return false;
    }

    private static long time(JsonNode json) {
        for (String key : new String[] {"stageTimestamp", "requestReceivedTimestamp"}) {
            JsonNode t = json.get(key);
            if (t != null && t.isTextual()) {
                try {
                    Instant i = Instant.parse(t.asText());
                    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
                } catch (DateTimeParseException e) {
                    // try the next timestamp
                }
            }
        }
        return 0L;
    }
}

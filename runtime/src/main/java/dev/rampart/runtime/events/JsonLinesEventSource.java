package dev.rampart.runtime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Events from JSON lines: a file ({@code .gz} is decompressed), stdin, or any reader. Blank lines
 * are ignored; a line that is not a valid event follows the {@link BadLinePolicy}.
 */
public final class JsonLinesEventSource implements EventSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BufferedReader in;
    private final EventFormat format;
    private final BadLinePolicy policy;
    private final Deque<Event> pending = new ArrayDeque<>();
    private long line;
    private long bad;

    public JsonLinesEventSource(BufferedReader in, EventFormat format, BadLinePolicy policy) {
        this.in = in;
        this.format = format;
        this.policy = policy;
    }

    public static JsonLinesEventSource open(Path file, EventFormat format, BadLinePolicy policy) throws IOException {
        InputStream s = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            s = new GZIPInputStream(s, 1 << 16);
        }
        return of(s, format, policy);
    }

    public static JsonLinesEventSource of(InputStream stream, EventFormat format, BadLinePolicy policy) {
        return new JsonLinesEventSource(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16),
                format, policy);
    }

    @Override
    public @Nullable Event next() throws IOException, BadEventException {
        while (pending.isEmpty()) {
            String text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                parse(text);
            } catch (IOException | RuntimeException e) {
                if (policy == BadLinePolicy.FAIL) {
                    throw new BadEventException(line, "not a valid event: " + e.getMessage());
                }
                bad++;
            }
        }
        return pending.poll();
    }

    private void parse(String text) throws IOException {
        if (format == EventFormat.FIELD_MAP) {
            pending.add(FieldMapJson.parse(text));
            return;
        }
        JsonNode n = MAPPER.readTree(text);
        if (n == null || !n.isObject()) {
            throw new IOException("expected a JSON object");
        }
        EventFormat f = format == EventFormat.AUTO ? detect(n) : format;
        switch (f) {
            case K8S_AUDIT -> {
                if ("EventList".equals(n.path("kind").asText())) {
                    n.path("items").forEach(item -> pending.add(new K8sAuditEvent(item)));
                } else {
                    pending.add(new K8sAuditEvent(n));
                }
            }
            case RAMPART -> pending.add(RampartEvents.toFieldMap(n));
            case FIELD_MAP, AUTO -> pending.add(FieldMapJson.parse(text));
        }
    }

    private static EventFormat detect(JsonNode n) {
        String api = n.path("apiVersion").asText();
        if (api.startsWith("audit.k8s.io/") || n.has("auditID")) {
            return EventFormat.K8S_AUDIT;
        }
        return n.has("process") ? EventFormat.RAMPART : EventFormat.FIELD_MAP;
    }

    /** The number of the last line read (from 1). */
    public long line() {
        return line;
    }

    @Override
    public long badEvents() {
        return bad;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

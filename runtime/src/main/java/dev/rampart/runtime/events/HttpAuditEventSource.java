package dev.rampart.runtime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Kubernetes audit events POSTed by the API server's webhook backend: a body is an {@code EventList}
 * ({@code {"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[...]}}) or a single
 * {@code Event}; each item becomes a {@link K8sAuditEvent} and the answer is 200. A body that is not
 * one of those gets 400 with a one-line message and counts as a bad event. Any path is accepted;
 * methods other than POST get 405.
 *
 * <p>{@link #next()} waits for events until {@link #stop()} or {@link #close()}; events already
 * received are still returned after {@code stop()}.
 */
public final class HttpAuditEventSource implements EventSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Largest body read; the API server batches, but never near this. */
    static final int MAX_BODY_BYTES = 64 << 20;

    private final HttpServer server;
    private final LinkedBlockingQueue<Event> queue = new LinkedBlockingQueue<>(100_000);
    private final AtomicLong bad = new AtomicLong();
    private volatile boolean stopped;
    private boolean ended;

    private HttpAuditEventSource(HttpServer server) {
        this.server = server;
    }

    /** Starts listening on {@code address} (port 0 picks a free port; see {@link #address()}). */
    public static HttpAuditEventSource listen(InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        HttpAuditEventSource source = new HttpAuditEventSource(server);
        server.createContext("/", source::handle);
        server.start();
        return source;
    }

    /** Parses {@code host:port}, as {@code --listen} takes it. */
    public static InetSocketAddress parseAddress(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            throw new IllegalArgumentException("listen address '" + text + "' is not host:port");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("listen address '" + text + "' has no numeric port");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("listen port " + port + " is out of range 0-65535");
        }
        return new InetSocketAddress(host, port);
    }

    /** The address actually bound. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            if (!x.getRequestMethod().equals("POST")) {
                reply(x, 405, "only POST is accepted");
                return;
            }
            if (stopped) {
                reply(x, 503, "not accepting events: the run is ending");
                return;
            }
            List<Event> events;
            try (InputStream in = x.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
                if (body.length > MAX_BODY_BYTES) {
                    throw new IOException("body is larger than " + MAX_BODY_BYTES + " bytes");
                }
                events = parse(body);
            } catch (IOException | RuntimeException e) {
                bad.incrementAndGet();
                reply(x, 400, "not a Kubernetes audit Event or EventList: " + oneLine(e.getMessage()));
                return;
            }
            for (Event e : events) {
                try {
                    queue.put(e);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    reply(x, 503, "interrupted");
                    return;
                }
            }
            reply(x, 200, "accepted " + events.size() + " events");
        }
    }

    static List<Event> parse(byte[] body) throws IOException {
        JsonNode n = MAPPER.readTree(body);
        if (n == null || !n.isObject()) {
            throw new IOException("expected a JSON object");
        }
        List<Event> out = new ArrayList<>();
        String kind = n.path("kind").asText();
        if (kind.equals("EventList")) {
            JsonNode items = n.get("items");
            if (items == null || !items.isArray()) {
                throw new IOException("EventList has no items array");
            }
            for (JsonNode item : items) {
                if (!item.isObject()) {
                    throw new IOException("EventList item is not an object");
                }
                out.add(new K8sAuditEvent(item));
            }
        } else if (kind.equals("Event") || n.has("auditID")) {
            out.add(new K8sAuditEvent(n));
        } else {
            throw new IOException("kind is '" + kind + "', expected Event or EventList");
        }
        return out;
    }

    private static String oneLine(@Nullable String s) {
        return s == null ? "unreadable body" : s.lines().findFirst().orElse("").strip();
    }

    private static void reply(HttpExchange x, int status, String message) throws IOException {
        byte[] b = (message + "\n").getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        x.sendResponseHeaders(status, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public @Nullable Event next() throws IOException {
        if (ended) {
            return null;
        }
        try {
            while (true) {
                Event e = stopped ? queue.poll() : queue.poll(200, TimeUnit.MILLISECONDS);
                if (e == null && stopped) {
                    ended = true;
                    return null;
                }
                if (e != null) {
                    return e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = true;
            return null;
        }
    }

    /** Stops taking new events; {@link #next()} returns what was already received, then null. Any thread. */
    public void stop() {
        stopped = true;
    }

    @Override
    public long badEvents() {
        return bad.get();
    }

    @Override
    public void close() {
        stopped = true;
        server.stop(0);
    }
}

package dev.rampart.vulndb.update;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on 127.0.0.1 laid out like osv.dev's bucket: {@code /<Ecosystem>/all.zip},
 * with strong {@code ETag}s, {@code Last-Modified}, {@code Accept-Ranges}, {@code Range} with
 * {@code If-Range}, and {@code If-None-Match}, as Google Cloud Storage answers them. Faults are
 * switched on per ecosystem: cut the connection, stall, ignore ranges or conditionals.
 */
final class OsvMirror implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");
    private static final String LAST_MODIFIED = "Thu, 21 Aug 2026 20:38:00 GMT";

    /** One request as the server saw it. */
    record Seen(String ecosystem, int status, String range, String ifRange, String ifNoneMatch) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, byte[]> archives = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> cuts = new ConcurrentHashMap<>();
    private final Map<String, Integer> cutAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> stallAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> stalls = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile boolean ranges = true;
    private volatile boolean conditionals = true;

    OsvMirror() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    OsvMirror serve(String ecosystem, Path file) throws IOException {
        return serve(ecosystem, Files.readAllBytes(file));
    }

    OsvMirror serve(String ecosystem, byte[] content) {
        archives.put(ecosystem, content);
        return this;
    }

    /** The next {@code times} responses for {@code ecosystem} stop after {@code bytes} of the body. */
    OsvMirror cut(String ecosystem, int bytes, int times) {
        cutAt.put(ecosystem, bytes);
        cuts.put(ecosystem, new AtomicInteger(times));
        return this;
    }

    /** The next {@code times} responses for {@code ecosystem} send {@code bytes} of the body and then nothing more. */
    OsvMirror stall(String ecosystem, int bytes, int times) {
        stallAt.put(ecosystem, bytes);
        stalls.put(ecosystem, new AtomicInteger(times));
        return this;
    }

    /** Answers without {@code Accept-Ranges} and ignores {@code Range}. */
    OsvMirror withoutRanges() {
        ranges = false;
        return this;
    }

    /** Ignores {@code If-None-Match}: always {@code 200} (the client must compare the ETag itself). */
    OsvMirror withoutConditionals() {
        conditionals = false;
        return this;
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    List<Seen> seen(String ecosystem) {
        return seen.stream().filter(s -> s.ecosystem().equals(ecosystem)).toList();
    }

    void forget() {
        seen.clear();
    }

    static String etag(byte[] content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(d, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String ecosystem = path.startsWith("/") && path.endsWith("/all.zip")
                ? path.substring(1, path.length() - "/all.zip".length()) : path;
        Headers in = ex.getRequestHeaders();
        String range = String.valueOf(in.getFirst("Range"));
        String ifRange = String.valueOf(in.getFirst("If-Range"));
        String ifNoneMatch = String.valueOf(in.getFirst("If-None-Match"));
        byte[] content = archives.get(ecosystem);
        if (content == null) {
            record(ecosystem, 404, range, ifRange, ifNoneMatch);
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        String etag = etag(content);
        Headers out = ex.getResponseHeaders();
        out.set("ETag", etag);
        out.set("Last-Modified", LAST_MODIFIED);
        out.set("Content-Type", "application/zip");
        if (conditionals && etag.equals(in.getFirst("If-None-Match"))) {
            record(ecosystem, 304, range, ifRange, ifNoneMatch);
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        int from = 0;
        Matcher m = RANGE.matcher(range);
        if (ranges) {
            out.set("Accept-Ranges", "bytes");
            boolean validatorHolds = in.getFirst("If-Range") == null || etag.equals(in.getFirst("If-Range"));
            if (m.matches() && validatorHolds) {
                from = Integer.parseInt(m.group(1));
                if (from >= content.length) {
                    record(ecosystem, 416, range, ifRange, ifNoneMatch);
                    out.set("Content-Range", "bytes */" + content.length);
                    ex.sendResponseHeaders(416, -1);
                    ex.close();
                    return;
                }
                out.set("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
            }
        }
        int status = from > 0 ? 206 : 200;
        record(ecosystem, status, range, ifRange, ifNoneMatch);
        ex.sendResponseHeaders(status, content.length - from);
        OutputStream body = ex.getResponseBody();
        AtomicInteger stallsLeft = stalls.get(ecosystem);
        AtomicInteger cutsLeft = cuts.get(ecosystem);
        if (stallsLeft != null && stallsLeft.getAndDecrement() > 0) {
            body.write(content, from, Math.min(stallAt.get(ecosystem), content.length - from));
            body.flush();
            awaitRelease();
            ex.close();
        } else if (cutsLeft != null && cutsLeft.getAndDecrement() > 0) {
            body.write(content, from, Math.min(cutAt.get(ecosystem), content.length - from));
            body.flush();
            ex.close(); // fewer bytes than Content-Length: the server drops the connection
        } else {
            body.write(content, from, content.length - from);
            body.close();
        }
    }

    private void record(String ecosystem, int status, String range, String ifRange, String ifNoneMatch) {
        seen.add(new Seen(ecosystem, status, range, ifRange, ifNoneMatch));
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}

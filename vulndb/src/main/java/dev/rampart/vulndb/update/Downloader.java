package dev.rampart.vulndb.update;

import dev.rampart.vulndb.store.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one archive into a directory, resumably and conditionally.
 *
 * <ul>
 *   <li>Bytes go to {@code <name>.part}, beside it {@code <name>.part.validators} holds the
 *       {@code ETag} and {@code Last-Modified} of the response they came from. A later try (in this
 *       run or the next) asks for the rest with {@code Range: bytes=<size>-} and {@code If-Range}: a
 *       {@code 206} from that offset is appended, a {@code 200} (the archive changed, or the server
 *       does not do ranges) starts over, a {@code 416} drops the part. Without a strong validator a
 *       part is never resumed, since its bytes could belong to another version of the archive.</li>
 *   <li>A fresh request carries {@code If-None-Match}/{@code If-Modified-Since} from the last
 *       import; a {@code 304}, or a {@code 200} whose validators equal the last import's, is
 *       "unchanged" and its body is not read.</li>
 *   <li>A lost connection, a timeout, {@code 5xx}, {@code 429} and a body that stops for
 *       {@link UpdateOptions#idleTimeout()} are retried up to {@link UpdateOptions#maxAttempts()}
 *       times; a connection that cannot be opened (refused, unknown host) and other statuses fail
 *       at once.</li>
 * </ul>
 */
final class Downloader {
    private static final int REPORT_EVERY_BYTES = 1 << 20;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final HttpClient client;
    private final UpdateOptions options;
    private final Consumer<? super UpdateProgress> progress;
    private final ScheduledExecutorService scheduler;

    Downloader(HttpClient client, UpdateOptions options, Consumer<? super UpdateProgress> progress,
            ScheduledExecutorService scheduler) {
        this.client = client;
        this.options = options;
        this.progress = progress;
        this.scheduler = scheduler;
    }

    /** The outcome of a fetch that did not fail. */
    sealed interface Fetch {
        record Unchanged() implements Fetch {}

        record Fetched(Path file, long bytes, @Nullable String etag, @Nullable String lastModified) implements Fetch {}
    }

    /** The archive could not be fetched; the message says why, starting with the URL. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** A try that failed in a way another try may not. */
    private static final class Retryable extends Exception {
        private static final long serialVersionUID = 1L;

        Retryable(String message) {
            super(message);
        }
    }

    /** The files of one archive in the download directory. */
    private record ArchiveFiles(Path done, Path part, Path validators) {
        static ArchiveFiles in(Path dir, String ecosystem) {
            String safe = ecosystem.replaceAll("[^A-Za-z0-9._-]", "_") + "-all.zip";
            return new ArchiveFiles(dir.resolve(safe), dir.resolve(safe + ".part"), dir.resolve(safe + ".part.validators"));
        }
    }

    Fetch fetch(String ecosystem, URI url, Path dir, @Nullable Origin previous) throws Failure {
        ArchiveFiles files = ArchiveFiles.in(dir, ecosystem);
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(ecosystem, url, files, previous, attempt);
            } catch (Retryable e) {
                if (attempt >= options.maxAttempts()) {
                    throw new Failure(url + ": " + e.getMessage() + "; gave up after " + attempt + " tries"
                            + (Files.exists(files.part()) ? " (the partial download is kept and resumed next time)" : ""));
                }
                progress.accept(new UpdateProgress.Retrying(ecosystem, attempt, e.getMessage()));
                pause(url, options.retryDelay().toMillis() << (attempt - 1));
            }
        }
    }

    private Fetch attempt(String ecosystem, URI url, ArchiveFiles files, @Nullable Origin previous, int attempt)
            throws Retryable, Failure {
        Validators partOf = resumable(files);
        long from = partOf == null ? 0 : size(files.part());
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(options.responseTimeout()).GET()
                .header("User-Agent", "rampart-db-update");
        if (partOf != null && from > 0) {
            request.header("Range", "bytes=" + from + "-").header("If-Range", partOf.ifRange());
        } else if (previous != null) {
            if (previous.etag() != null) {
                request.header("If-None-Match", previous.etag());
            }
            if (previous.lastModified() != null) {
                request.header("If-Modified-Since", previous.lastModified());
            }
        }
        progress.accept(new UpdateProgress.Requesting(ecosystem, url, attempt, from));
        try (Watchdog watchdog = new Watchdog(Thread.currentThread())) {
            HttpResponse<InputStream> response = send(request.build(), watchdog);
            try (InputStream body = response.body()) {
                return receive(ecosystem, url, files, previous, from, response, body, watchdog);
            } catch (IOException e) {
                throw new Retryable(watchdog.fired() ? "no data for " + options.idleTimeout().toSeconds()
                        + " s after " + size(files.part()) + " bytes" : describe(e, files));
            }
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request, Watchdog watchdog) throws Retryable, Failure {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            // refused, unknown host, no route: trying again at once would not help, and each
            // ecosystem would wait through every retry on a machine that is offline
            throw new Failure(request.uri() + ": cannot connect: " + (e.getCause() != null ? e.getCause() : e));
        } catch (IOException e) {
            throw new Retryable(watchdog.fired() ? "no response for " + options.idleTimeout().toSeconds() + " s"
                    : "request failed: " + e);
        } catch (InterruptedException e) {
            if (watchdog.fired()) {
                throw new Retryable("no response for " + options.idleTimeout().toSeconds() + " s");
            }
            Thread.currentThread().interrupt();
            throw new Failure(request.uri() + ": interrupted");
        }
    }

    private Fetch receive(String ecosystem, URI url, ArchiveFiles files, @Nullable Origin previous, long from,
            HttpResponse<InputStream> response, InputStream body, Watchdog watchdog)
            throws IOException, Retryable, Failure {
        int status = response.statusCode();
        Validators got = Validators.of(response);
        switch (status) {
            case 304 -> {
                if (previous == null) {
                    throw new Failure(url + ": HTTP 304 to a request that was not conditional");
                }
                discard(files);
                return new Fetch.Unchanged();
            }
            case 200 -> {
                if (previous != null && got.sameAs(previous)) {
                    discard(files);
                    return new Fetch.Unchanged();
                }
                long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                checkSize(url, files, total);
                Files.writeString(files.validators(), got.encode(), StandardCharsets.UTF_8);
                copy(ecosystem, url, body, files, 0, total, watchdog);
            }
            case 206 -> {
                long total = resumedTotal(url, files, response, from);
                checkSize(url, files, total);
                copy(ecosystem, url, body, files, from, total, watchdog);
                got = got.orElse(resumable(files));
            }
            case 416 -> {
                discard(files);
                throw new Retryable("HTTP 416: the server would not resume at byte " + from + "; starting over");
            }
            case 404 -> throw new Failure(url + ": HTTP 404 Not Found (is '" + ecosystem + "' an osv.dev ecosystem name?)");
            default -> {
                if (status >= 500 || status == 429) {
                    throw new Retryable("HTTP " + status);
                }
                throw new Failure(url + ": HTTP " + status);
            }
        }
        Files.move(files.part(), files.done(), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(files.validators());
        return new Fetch.Fetched(files.done(), size(files.done()), got.etag(), got.lastModified());
    }

    private long resumedTotal(URI url, ArchiveFiles files, HttpResponse<InputStream> response, long from) throws Retryable {
        String range = response.headers().firstValue("Content-Range").orElse("");
        Matcher m = CONTENT_RANGE.matcher(range);
        if (!m.matches() || Long.parseLong(m.group(1)) != from) {
            discard(files);
            throw new Retryable("HTTP 206 with Content-Range '" + range + "' does not continue at byte " + from
                    + "; starting over");
        }
        return m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
    }

    private void checkSize(URI url, ArchiveFiles files, long total) throws Failure {
        if (total > options.maxArchiveBytes()) {
            discard(files);
            throw new Failure(url + ": archive is " + total + " bytes, more than " + options.maxArchiveBytes()
                    + " (UpdateOptions.maxArchiveBytes)");
        }
    }

    private void copy(String ecosystem, URI url, InputStream body, ArchiveFiles files, long from, long total,
            Watchdog watchdog) throws IOException, Failure {
        StandardOpenOption mode = from > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        long received = from;
        long reported = from;
        progress.accept(new UpdateProgress.Downloading(ecosystem, received, total));
        boolean tooLarge = false;
        try (OutputStream out = Files.newOutputStream(files.part(), StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[64 << 10];
            int n;
            while ((n = body.read(buffer)) > 0) {
                watchdog.touch();
                received += n;
                if (received > options.maxArchiveBytes()) {
                    tooLarge = true;
                    break;
                }
                out.write(buffer, 0, n);
                if (received - reported >= REPORT_EVERY_BYTES) {
                    progress.accept(new UpdateProgress.Downloading(ecosystem, received, total));
                    reported = received;
                }
            }
        }
        if (tooLarge) {
            discard(files);
            throw new Failure(url + ": archive is more than " + options.maxArchiveBytes()
                    + " bytes (UpdateOptions.maxArchiveBytes)");
        }
        if (total >= 0 && received != total) {
            throw new IOException("body ended after " + received + " of " + total + " bytes");
        }
        progress.accept(new UpdateProgress.Downloading(ecosystem, received, total));
    }

    /** The validators a part was downloaded under, if it may be resumed. */
    private static @Nullable Validators resumable(ArchiveFiles files) {
        if (!Files.isRegularFile(files.part()) || !Files.isRegularFile(files.validators())) {
            return null;
        }
        try {
            Validators v = Validators.decode(Files.readString(files.validators(), StandardCharsets.UTF_8));
            return v.ifRange().isEmpty() ? null : v;
        } catch (IOException e) {
            return null;
        }
    }

    private static void discard(ArchiveFiles files) {
        for (Path p : List.of(files.part(), files.validators())) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a stale part without validators is never resumed
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String describe(IOException e, ArchiveFiles files) {
        return "connection lost after " + size(files.part()) + " bytes on disk: " + e.getMessage();
    }

    private static void pause(URI url, long millis) throws Failure {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(url + ": interrupted");
        }
    }

    /**
     * {@code ETag} and {@code Last-Modified} of a response. Only a strong {@code ETag} (not
     * {@code W/...}) or a {@code Last-Modified} may be used in {@code If-Range}.
     */
    private record Validators(@Nullable String etag, @Nullable String lastModified) {
        static Validators of(HttpResponse<?> r) {
            return new Validators(r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null));
        }

        String ifRange() {
            if (etag != null && !etag.startsWith("W/")) {
                return etag;
            }
            return lastModified == null ? "" : lastModified;
        }

        boolean sameAs(Origin previous) {
            if (etag != null && previous.etag() != null) {
                return etag.equals(previous.etag());
            }
            return lastModified != null && lastModified.equals(previous.lastModified());
        }

        Validators orElse(@Nullable Validators other) {
            if (other == null) {
                return this;
            }
            return new Validators(etag != null ? etag : other.etag, lastModified != null ? lastModified : other.lastModified);
        }

        String encode() {
            return (etag == null ? "" : etag) + "\n" + (lastModified == null ? "" : lastModified) + "\n";
        }

        static Validators decode(String text) {
            String[] lines = text.split("\n", -1);
            String e = lines.length > 0 && !lines[0].isEmpty() ? lines[0] : null;
            String m = lines.length > 1 && !lines[1].isEmpty() ? lines[1] : null;
            return new Validators(e, m);
        }
    }

    /** Interrupts the downloading thread when no bytes arrive for {@link UpdateOptions#idleTimeout()}. */
    private final class Watchdog implements AutoCloseable {
        private final Thread thread;
        private final long idleNanos = options.idleTimeout().toNanos();
        private final ScheduledFuture<?> check;
        private volatile long last = System.nanoTime();
        private volatile boolean fired;
        private boolean closed;

        Watchdog(Thread thread) {
            this.thread = thread;
            long period = Math.max(idleNanos / 4, TimeUnit.MILLISECONDS.toNanos(10));
            check = scheduler.scheduleAtFixedRate(this::check, period, period, TimeUnit.NANOSECONDS);
        }

        void touch() {
            last = System.nanoTime();
        }

        boolean fired() {
            return fired;
        }

        private synchronized void check() {
            if (!closed && !fired && System.nanoTime() - last > idleNanos) {
                fired = true;
                thread.interrupt();
            }
        }

        @Override
        public void close() {
            check.cancel(false);
            synchronized (this) {
                closed = true;
            }
            if (fired) {
                Thread.interrupted();
            }
        }
    }
}

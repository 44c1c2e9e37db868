package dev.rampart.secret;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.ImageConfig;
import dev.rampart.image.ImageFiles;
import dev.rampart.secret.internal.Engine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds secrets with a rule set. Immutable and thread-safe: build one per rule set and share it.
 *
 * <p>Over an image, it rides the one pass as an entry analyzer, so every regular file of every
 * layer is offered, including files a later layer deleted or replaced:
 *
 * <pre>{@code
 * SecretScanner secrets = SecretScanner.of(SecretRules.builtIn());
 * ImageFiles files = ImageReader.builder()
 *         .analyzers(List.of(catalogAnalyzer, secrets.analyzer()))   // secrets last: see analyzer()
 *         .build().read(ImageSource.detect(path));
 * SecretReport report = secrets.report(files);   // files (with layer and inFinalImage) + config + skipped counts
 * }</pre>
 *
 * <p>On its own: {@code scan("/app/.env", bytes)} and {@code scanConfig(config)}.
 */
public final class SecretScanner {
    /**
     * Binary detection reads this many bytes and calls the file binary if one is NUL: git's
     * test ({@code buffer_is_binary}, first 8,000 bytes), and UTF-16 text counts as binary too.
     */
    public static final int BINARY_SNIFF_BYTES = 8_000;

    private final SecretRules rules;
    private final SecretLimits limits;
    private final Engine engine;
    private final Analyzer analyzer = new Analyzer();

    private SecretScanner(SecretRules rules, SecretLimits limits) {
        this.rules = rules;
        this.limits = limits;
        this.engine = new Engine(rules, limits);
    }

    /**
     * @throws IllegalArgumentException when a rule's expression is over {@code limits}
     */
    public static SecretScanner of(SecretRules rules, SecretLimits limits) {
        return new SecretScanner(rules, limits);
    }

    public static SecretScanner of(SecretRules rules) {
        return of(rules, SecretLimits.DEFAULT);
    }

    public SecretRules rules() {
        return rules;
    }

    public SecretLimits limits() {
        return limits;
    }

    /**
     * The secrets in one file's content, located at layer 0 with no layer digest (as a file of a
     * plain directory). Binary content and content over the size limit give no findings.
     *
     * @param path absolute, as in an image ({@code /app/.env}); allowlists and {@code files} patterns match it
     */
    public List<SecretFinding> scan(String path, byte[] content) {
        try {
            return findings(path, scanFile(path, new ByteArrayInputStream(content), content.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to read
        }
    }

    /** As {@link #scan(String, byte[])}, reading at most the size limit (plus one byte) from the stream. */
    public List<SecretFinding> scan(String path, InputStream content) throws IOException {
        return findings(path, scanFile(path, content, -1));
    }

    private static List<SecretFinding> findings(String path, FileScan scan) {
        return switch (scan) {
            case FileScan.Found f -> f.findings();
            case FileScan.Skipped s -> List.of();
            case FileScan.Pending p -> throw new IllegalStateException("scanFile never defers");
        };
    }

    /**
     * Reads one file and scans it, or says why not. This is what the analyzer records per file.
     *
     * @param size the declared size, or -1 when unknown; never trusted for allocation
     */
    public FileScan scanFile(String path, InputStream content, long size) throws IOException {
        if (engine.pathAllowed(path)) {
            return new FileScan.Found(List.of(), false);
        }
        return scanFile(path, content, size, false);
    }

    /**
     * Reads one file whose path the caller has checked against the path allowlists, and scans it
     * now or, when {@code later}, on the background pool, so the regular expressions run on
     * another core while the layer streams on. Pending text is bounded by {@link #MAX_PENDING_KIB};
     * past it (or when the pool is busy) the file is scanned on the calling thread, so memory stays
     * bounded whatever the image.
     */
    private FileScan scanFile(String path, InputStream content, long size, boolean later) throws IOException {
        if (size > limits.maxFileBytes()) {
            return new FileScan.Skipped(FileScan.Reason.TOO_LARGE, size);
        }
        byte[] data = read(content, size);
        if (data == null) {
            return new FileScan.Skipped(FileScan.Reason.BINARY, size);
        }
        if (data.length > limits.maxFileBytes()) {
            return new FileScan.Skipped(FileScan.Reason.TOO_LARGE, Math.max(size, data.length));
        }
        int kib = data.length / 1024 + 1;
        if (!later || !PENDING.tryAcquire(kib)) {
            return scanBytes(path, data);
        }
        try {
            return new FileScan.Pending(POOL.submit(() -> {
                try {
                    return scanBytes(path, data);
                } finally {
                    PENDING.release(kib);
                }
            }));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            PENDING.release(kib);
            return scanBytes(path, data);
        }
    }

    private FileScan.Found scanBytes(String path, byte[] data) {
        Engine.Result r = engine.scan(data, path);
        SecretLocation.InFile where = new SecretLocation.InFile(path, 0, null, true);
        return new FileScan.Found(r.hits().stream().map(h -> finding(h, where)).toList(), r.truncated());
    }

    /** Text read but not yet scanned, at most: bounds the memory the background scans hold. */
    static final int MAX_PENDING_KIB = 64 * 1024;
    private static final java.util.concurrent.Semaphore PENDING = new java.util.concurrent.Semaphore(MAX_PENDING_KIB);
    private static final java.util.concurrent.ExecutorService POOL = new java.util.concurrent.ThreadPoolExecutor(
            1, Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 30, java.util.concurrent.TimeUnit.SECONDS,
            new java.util.concurrent.LinkedBlockingQueue<>(4096), r -> {
                Thread t = new Thread(r, "rampart-secret-scan");
                t.setDaemon(true);
                return t;
            }, new java.util.concurrent.ThreadPoolExecutor.AbortPolicy());

    /**
     * The whole content, or null when the first {@value #BINARY_SNIFF_BYTES} bytes hold a NUL. Only
     * the head is read before that is known (a binary file costs 8 KB, whatever its size), and at
     * most one byte past the size limit is read. A declared size sizes the array, never past the limit.
     */
    private byte @Nullable [] read(InputStream content, long size) throws IOException {
        int headLength = size >= 0 ? (int) Math.min(size, BINARY_SNIFF_BYTES) : BINARY_SNIFF_BYTES;
        byte[] head = new byte[headLength];
        int n = content.readNBytes(head, 0, headLength);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return null;
            }
        }
        if (n < headLength || n == size) {
            return n == headLength ? head : Arrays.copyOf(head, n);
        }
        int limit = (int) limits.maxFileBytes() + 1;
        byte[] data = Arrays.copyOf(head, size > 0 ? (int) Math.min(size, limit) : Math.max(headLength * 8, 1 << 16));
        while (n < data.length) {
            int r = content.readNBytes(data, n, data.length - n);
            n += r;
            if (n < data.length) {
                break; // the stream ended
            }
            if (data.length == limit) {
                break;
            }
            int probe = content.read();
            if (probe < 0) {
                break;
            }
            data = Arrays.copyOf(data, (int) Math.min((long) data.length * 2, limit));
            data[n++] = (byte) probe;
        }
        return n == data.length ? data : Arrays.copyOf(data, n);
    }

    /**
     * The secrets in an image's config: each {@code Env} assignment, each label (scanned as
     * {@code key=value}, by key order) and each history {@code created_by} command. Line and column
     * are within that value.
     */
    public List<SecretFinding> scanConfig(ImageConfig config) {
        List<SecretFinding> out = new ArrayList<>();
        for (int i = 0; i < config.env().size(); i++) {
            scanValue(config.env().get(i), "config.Env[" + i + "]", out);
        }
        for (Map.Entry<String, String> l : new TreeMap<>(config.labels()).entrySet()) {
            scanValue(l.getKey() + "=" + l.getValue(), "config.Labels[\"" + l.getKey() + "\"]", out);
        }
        for (int i = 0; i < config.history().size(); i++) {
            scanValue(config.history().get(i), "history[" + i + "].created_by", out);
        }
        return out;
    }

    private void scanValue(String value, String field, List<SecretFinding> out) {
        if (value.isEmpty()) {
            return;
        }
        SecretLocation where = new SecretLocation.InConfig(field);
        for (Engine.Hit h : engine.scan(value.getBytes(StandardCharsets.UTF_8), null).hits()) {
            out.add(finding(h, where));
        }
    }

    private static SecretFinding finding(Engine.Hit h, SecretLocation where) {
        return new SecretFinding(h.rule().id(), h.rule().title(), h.rule().severity(), where, h.line(), h.column(), h.masked());
    }

    /** git's test: a NUL byte among the first {@value #BINARY_SNIFF_BYTES} bytes. */
    static boolean isBinaryHead(byte[] head) {
        int n = Math.min(head.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * This scanner as an analyzer of the one pass (always the same instance, so
     * {@code files.found(scanner.analyzer())} finds its results).
     *
     * <p>It wants every non-empty regular file that no global path allowlist covers, including binary
     * and over-size ones so that they are counted: it reads only the first
     * {@value #BINARY_SNIFF_BYTES} bytes of a binary file and none of an over-size one. When
     * another analyzer wants the same file the image reader buffers a copy for each, and a file too
     * large to copy goes to the first analyzer listed only: list this analyzer after the catalogers.
     */
    public EntryAnalyzer<FileScan> analyzer() {
        return analyzer;
    }

    /**
     * Everything this scanner found in one read image: each file finding placed at its layer (with
     * the layer's diff id) and marked whether that file is in the final image, then the config's
     * findings, and the counts of files not read.
     */
    public SecretReport report(ImageFiles files) {
        List<SecretFinding> out = new ArrayList<>();
        long binary = 0;
        long tooLarge = 0;
        long truncated = 0;
        for (EntryAnalyzer.Found<FileScan> f : files.found(analyzer)) {
            FileScan value = f.value();
            if (value instanceof FileScan.Pending pending) {
                try {
                    value = pending.await();
                } catch (IOException e) {
                    throw new UncheckedIOException(f.path() + ": " + e.getMessage(), e);
                }
            }
            switch (value) {
                case FileScan.Found found -> {
                    SecretLocation where = new SecretLocation.InFile(f.path(), f.layer(), files.layerDiffId(f.layer()),
                            f.inFinalImage());
                    found.findings().forEach(s -> out.add(s.at(where)));
                    truncated += found.truncated() ? 1 : 0;
                }
                case FileScan.Pending p -> throw new IllegalStateException("resolved above");
                case FileScan.Skipped s -> {
                    switch (s.reason()) {
                        case BINARY -> binary++;
                        case TOO_LARGE -> tooLarge++;
                    }
                }
            }
        }
        out.addAll(scanConfig(files.config()));
        return new SecretReport(out, new SecretReport.Summary(binary, tooLarge, truncated));
    }

    private final class Analyzer implements EntryAnalyzer<FileScan> {
        @Override
        public String name() {
            return "secret";
        }

        @Override
        public boolean wants(String path, long size) {
            return size > 0 && !engine.pathAllowed(path);
        }

        /**
         * Binary files (a NUL in the first {@value #BINARY_SNIFF_BYTES} bytes) are declined on
         * their head, so the image reader never copies an executable for this analyzer when a
         * binary analyzer also wants it; {@link #declined} still counts them.
         */
        @Override
        public boolean wantsContent(Entry entry, byte[] head) {
            return !isBinaryHead(head);
        }

        @Override
        public FileScan declined(Entry entry, byte[] head) {
            return new FileScan.Skipped(FileScan.Skipped.Reason.BINARY, entry.size());
        }

        @Override
        public @Nullable FileScan analyze(Entry entry, InputStream content) throws IOException {
            FileScan scan = scanFile(entry.path(), content, entry.size(), true);
            return scan instanceof FileScan.Found f && f.findings().isEmpty() && !f.truncated() ? null : scan;
        }
    }
}

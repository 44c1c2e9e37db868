package dev.rampart.image.internal;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.model.Issue;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Offers one file to the entry analyzers that want it. The file is read from the layer stream
 * once: its first bytes go to each analyzer's {@code wantsContent}; when one analyzer still wants
 * it, that analyzer reads the stream itself; when several do, or the bytes are already in memory,
 * each reads its own copy of the bytes.
 */
final class AnalyzerRunner {
    /**
     * The most bytes copied to serve several analyzers from one file. Above it only the first
     * analyzer in order reads the file (and an issue says so), which keeps memory bounded when two
     * binary analyzers both want a large executable.
     */
    static final long MAX_SHARED_COPY = 32L << 20;

    private final List<EntryAnalyzer<?>> analyzers;

    AnalyzerRunner(List<EntryAnalyzer<?>> analyzers) {
        this.analyzers = List.copyOf(analyzers);
    }

    boolean isEmpty() {
        return analyzers.isEmpty();
    }

    List<EntryAnalyzer<?>> wanting(String path, long size) {
        List<EntryAnalyzer<?>> out = new ArrayList<>(1);
        for (EntryAnalyzer<?> a : analyzers) {
            if (a.wants(path, size)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Runs the analyzers on one file. {@code bytes} is the file's content when already buffered;
     * otherwise {@code stream} is read, once, by the single analyzer that wants it, or buffered
     * (up to {@code maxCopy} bytes) to serve several.
     */
    void run(List<EntryAnalyzer<?>> wanting, EntryAnalyzer.Entry entry, byte @Nullable [] bytes, InputStream stream,
             long maxCopy, EntryClassifier out) throws IOException {
        byte[] head = bytes != null ? Arrays.copyOf(bytes, Math.min(bytes.length, EntryAnalyzer.HEAD_BYTES))
                : stream.readNBytes(EntryAnalyzer.HEAD_BYTES);
        List<EntryAnalyzer<?>> reading = new ArrayList<>(wanting.size());
        for (EntryAnalyzer<?> a : wanting) {
            if (a.wantsContent(entry, head)) {
                reading.add(a);
            } else {
                Object note = a.declined(entry, head);
                if (note != null) {
                    out.findings.add(new LayerContent.RawFinding(a, entry.path(), note));
                }
            }
        }
        if (reading.isEmpty()) {
            return;
        }
        if (bytes == null && reading.size() > 1) {
            long rest = entry.size() - head.length;
            if (entry.size() <= Math.min(maxCopy, MAX_SHARED_COPY) && rest >= 0) {
                byte[] tail = stream.readNBytes((int) rest);
                bytes = new byte[head.length + tail.length];
                System.arraycopy(head, 0, bytes, 0, head.length);
                System.arraycopy(tail, 0, bytes, head.length, tail.length);
            } else {
                out.issues.add(new Issue("layer " + entry.layer() + " entry " + entry.path(),
                        "only " + reading.getFirst().name() + " read it: too large to copy for " + reading.size() + " analyzers"));
                reading = List.of(reading.getFirst());
            }
        }
        for (EntryAnalyzer<?> a : reading) {
            InputStream in = bytes != null ? new ByteArrayInputStream(bytes)
                    : new SequenceInputStream(new ByteArrayInputStream(head), new Unclosable(stream));
            try {
                Object value = a.analyze(entry, in);
                if (value != null) {
                    out.findings.add(new LayerContent.RawFinding(a, entry.path(), value));
                }
            } catch (HashingInputStream.LimitExceededException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                out.issues.add(new Issue("layer " + entry.layer() + " entry " + entry.path(),
                        a.name() + " could not read it: " + e.getMessage()));
            }
        }
    }

    /** Lets an analyzer read the tar entry's stream without closing it under the tar reader. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public void close() {}
    }
}

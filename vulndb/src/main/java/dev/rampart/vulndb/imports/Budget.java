package dev.rampart.vulndb.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Counts what one source has used against {@link Limits}, and reads entries within them. */
final class Budget {
    private final Limits limits;
    private final String source;
    private long entries;
    private long bytes;

    Budget(Limits limits, String source) {
        this.limits = limits;
        this.source = source;
    }

    /** Counts one more entry. */
    void entry() throws IOException {
        if (++entries > limits.maxEntries()) {
            throw new IOException(source + ": holds more than " + limits.maxEntries()
                    + " entries (Limits.maxEntries); is it really an OSV archive?");
        }
    }

    /**
     * Reads one record, or returns null if it is longer than {@link Limits#maxRecordBytes()}
     * (what was read still counts against the source's total).
     */
    byte @Nullable [] read(InputStream in) throws IOException {
        int max = limits.maxRecordBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            add(n);
            if (out.size() + n > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Counts {@code n} more bytes. */
    void add(long n) throws IOException {
        bytes += n;
        if (bytes > limits.maxSourceBytes()) {
            throw new IOException(source + ": inflates to more than " + limits.maxSourceBytes()
                    + " bytes (Limits.maxSourceBytes)");
        }
    }

    String tooLarge() {
        return "record is larger than " + limits.maxRecordBytes() + " bytes (Limits.maxRecordBytes)";
    }
}

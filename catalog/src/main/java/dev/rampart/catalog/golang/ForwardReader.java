package dev.rampart.catalog.golang;

import java.io.IOException;
import java.io.InputStream;

/** A stream read front to back that knows its offset, so file offsets from headers can be reached by skipping. */
final class ForwardReader {
    private final InputStream in;
    private long position;

    ForwardReader(InputStream in) {
        this.in = in;
    }

    long position() {
        return position;
    }

    /** Up to {@code n} bytes, fewer only at the end of the stream. */
    byte[] read(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        position += b.length;
        return b;
    }

    /** Fills {@code buf[off, off+len)} as far as the stream goes; returns the count read. */
    int read(byte[] buf, int off, int len) throws IOException {
        int n = in.readNBytes(buf, off, len);
        position += n;
        return n;
    }

    /** Skips forward to an absolute offset; false when the stream ends first or the offset is behind. */
    boolean skipTo(long offset) throws IOException {
        if (offset < position) {
            return false;
        }
        while (position < offset) {
            long s = in.skip(offset - position);
            if (s <= 0) {
                if (in.read() < 0) {
                    return false;
                }
                s = 1;
            }
            position += s;
        }
        return true;
    }
}

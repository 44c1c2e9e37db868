package dev.rampart.image.internal;

import dev.rampart.model.Digest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * Computes the sha256 of everything read through it and counts the bytes, failing once more
 * than {@code limit} bytes pass (a decompression bomb stops here, not in memory).
 */
final class HashingInputStream extends FilterInputStream {
    private final MessageDigest sha256;
    private final long limit;
    private final String limitMessage;
    private long count;
    private @Nullable Digest result;

    HashingInputStream(InputStream in, long limit, String limitMessage) {
        super(in);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        this.limit = limit;
        this.limitMessage = limitMessage;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            sha256.update((byte) b);
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n > 0) {
            sha256.update(buf, off, n);
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would leave bytes out of the digest: read them instead
        byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new LimitExceededException(limitMessage);
        }
    }

    /** Reads whatever is left, so the digest covers the whole stream. */
    void drain() throws IOException {
        byte[] buf = new byte[1 << 16];
        while (read(buf, 0, buf.length) >= 0) {
            // digest and count updated by read
        }
    }

    long count() {
        return count;
    }

    /** The digest of all bytes read so far; reading on after this is not allowed. */
    Digest digest() {
        if (result == null) {
            result = Digest.sha256(sha256.digest());
        }
        return result;
    }

    /** Thrown through stream code when a limit is passed; turned into an ImageReadException by the caller. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(String message) {
            super(message);
        }
    }
}

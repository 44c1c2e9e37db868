package dev.rampart.image.internal;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Picks the decompressor for a layer blob from its first bytes, whatever the media type claims
 * (docker archives store compressed blobs under {@code .tar} names).
 */
final class Decompression {
    private Decompression() {}

    enum Kind { NONE, GZIP, ZSTD }

    static Kind sniff(InputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return Kind.GZIP;
        }
        if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            return Kind.ZSTD;
        }
        return Kind.NONE;
    }

    /** Wraps {@code in} in the decompressor its magic bytes called for. */
    static InputStream open(InputStream in, Kind kind) throws IOException {
        return switch (kind) {
            case NONE -> in;
            case GZIP -> new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            case ZSTD -> new BufferedInputStream(new ZstdInputStream(in), 1 << 16);
        };
    }
}

package dev.rampart.catalog.golang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the build information blob that starts at a {@code \xff Go buildinf:} magic.
 *
 * <p>Layout (Go's {@code debug/buildinfo}, https://pkg.go.dev/debug/buildinfo): a 32-byte header
 * of the 14-byte magic, the pointer size (byte 14) and flags (byte 15). With flag bit 2 set (Go
 * 1.18 and later) the header is followed by two strings, each an unsigned LEB128 length and that
 * many bytes: the Go version ({@code go1.22.3}) and the module information text. The module text
 * is framed by 16 sentinel bytes at each end, removed here. Without that flag (Go 1.13 to 1.17) the
 * header holds two pointers to the strings' headers in the running program's memory; following
 * them needs the whole file at hand, which a stream does not give, so such binaries are reported
 * as {@link GoBinary.Unreadable}.
 */
final class BuildInfoDecoder {
    static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEADER_BYTES = 32;
    private static final int FLAG_INLINE_STRINGS = 0x2;
    private static final int SENTINEL_BYTES = 16;

    private byte[] buf;
    private int len;
    private final ForwardReader more;
    private final int maxBytes;

    /**
     * @param start bytes from the magic on, as already read
     * @param more the stream, positioned right after {@code start}
     * @param maxBytes the most bytes of strings to read ({@link GoLimits#maxBuildInfoBytes})
     */
    BuildInfoDecoder(byte[] start, int length, ForwardReader more, int maxBytes) {
        this.buf = Arrays.copyOf(start, Math.max(length, HEADER_BYTES));
        this.len = length;
        this.more = more;
        this.maxBytes = maxBytes;
    }

    GoBinary decode() throws IOException {
        try {
            require(HEADER_BYTES, "header");
            int flags = buf[15] & 0xff;
            if ((flags & FLAG_INLINE_STRINGS) == 0) {
                return new GoBinary.Unreadable("Go build information in the pointer-based form of Go 1.17 and earlier"
                        + " (pointer size " + (buf[14] & 0xff) + "); its strings cannot be located from a stream, so"
                        + " its modules are not listed");
            }
            int[] pos = {HEADER_BYTES};
            String version = string(pos);
            String mod = string(pos);
            if (mod.length() >= 2 * SENTINEL_BYTES + 1 && mod.charAt(mod.length() - SENTINEL_BYTES - 1) == '\n') {
                mod = mod.substring(SENTINEL_BYTES, mod.length() - SENTINEL_BYTES);
            }
            if (!version.startsWith("go") && !version.startsWith("devel")) {
                return new GoBinary.Unreadable("Go build information names no Go version (found '"
                        + printable(version) + "')");
            }
            return ModInfoParser.parse(version, mod);
        } catch (Failure f) {
            return f.unreadable;
        }
    }

    /** One length-prefixed string at {@code pos[0]}, advancing it. */
    private String string(int[] pos) throws IOException, Failure {
        long n = 0;
        for (int shift = 0; ; shift += 7) {
            if (shift > 56) {
                throw new Failure("Go build information has a malformed string length");
            }
            require(pos[0] + 1, "string length");
            int b = buf[pos[0]++] & 0xff;
            n |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        if (pos[0] - HEADER_BYTES + n > maxBytes) {
            throw new Failure("Go build information declares a " + n + "-byte string, more than the " + maxBytes
                    + " bytes read (GoLimits.maxBuildInfoBytes)");
        }
        require(pos[0] + (int) n, "strings");
        String s = new String(buf, pos[0], (int) n, StandardCharsets.UTF_8);
        pos[0] += (int) n;
        return s;
    }

    /** Why decoding stopped, as the value to report. */
    private static final class Failure extends Exception {
        final GoBinary.Unreadable unreadable;

        Failure(String reason) {
            super(reason, null, false, false);
            this.unreadable = new GoBinary.Unreadable(reason);
        }
    }

    private void require(int n, String what) throws IOException, Failure {
        if (!available(n)) {
            throw new Failure("Go build information is cut off in its " + what + ": the file ends at byte "
                    + more.position());
        }
    }

    /** Whether the first {@code n} bytes are in the buffer, reading more from the stream as needed. */
    private boolean available(int n) throws IOException {
        if (n <= len) {
            return true;
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, Math.min(buf.length * 2, maxBytes + HEADER_BYTES + 20)));
        }
        len += more.read(buf, len, n - len);
        return n <= len;
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}

package dev.rampart.catalog.golang;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The {@code .go.buildinfo} contents the Go linker writes, for crafted test binaries. */
final class BuildInfoBlobs {
    static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
    /** The 16 bytes the Go linker frames the module text with (cmd/go/internal/modload). */
    private static final byte[] START = hex("3077af0c9274080241e1c107e6d618e6");
    private static final byte[] END = hex("f932433186182072008242104116d8f2");

    private BuildInfoBlobs() {}

    /** Go 1.18+: a 32-byte header with the inline-strings flag, then the version and module text. */
    static byte[] inline(String goVersion, String modInfo) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(MAGIC);
        b.write(8);
        b.write(0x2);
        b.writeBytes(new byte[16]);
        string(b, goVersion.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream mod = new ByteArrayOutputStream();
        if (!modInfo.isEmpty()) {
            mod.writeBytes(START);
            mod.writeBytes(modInfo.getBytes(StandardCharsets.UTF_8));
            mod.writeBytes(END);
        }
        string(b, mod.toByteArray());
        return b.toByteArray();
    }

    /** Go 1.13 to 1.17: the header holds two 8-byte pointers to string headers in memory. */
    static byte[] pointerForm() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(MAGIC);
        b.write(8);
        b.write(0);
        b.writeBytes(new byte[] {0x10, 0x20, 0x4d, 0, 0, 0, 0, 0, 0x20, 0x20, 0x4d, 0, 0, 0, 0, 0});
        return b.toByteArray();
    }

    static void uvarint(ByteArrayOutputStream b, long n) {
        while (n >= 0x80) {
            b.write((int) (n & 0x7f) | 0x80);
            n >>>= 7;
        }
        b.write((int) n);
    }

    private static void string(ByteArrayOutputStream b, byte[] s) {
        uvarint(b, s.length);
        b.writeBytes(s);
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}

package dev.rampart.catalog.rust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Finds one section that is not loaded at run time in an ELF file read front to back.
 *
 * <p>Section headers give each section's name and place, but they sit at the end of the file
 * ({@code e_shoff}), after the contents they describe, so a stream cannot be searched by them
 * directly, and keeping whole binaries in memory would cost tens of MiB each. What makes this
 * cheap: linkers place sections that are not loaded ({@code .comment}, {@code .symtab}, debug
 * information, cargo-auditable's {@code .dep-v0}, whose flags are 0) after every loaded segment.
 * So the file header and program headers are read from the start, the loaded segments are
 * skipped, and only the rest of the file is kept (at most {@link RustLimits#maxUnloadedBytes}):
 * it holds the section name table and the section header table, which then point into it.
 * Spec: https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.sheader.html
 */
final class ElfSections {
    private static final int PT_LOAD = 1;

    private ElfSections() {}

    /** The outcome: the section's bytes, or a problem worth reporting, or neither (no such section). */
    record Lookup(byte @Nullable [] content, @Nullable String problem) {
        static final Lookup ABSENT = new Lookup(null, null);

        static Lookup problem(String message) {
            return new Lookup(null, message);
        }
    }

    static boolean isElf(byte[] head) {
        return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
    }

    /**
     * @param head the first 64 bytes (fewer for a short file); {@code in} continues right after them
     * @param fileSize the file's size as its archive entry gives it
     */
    static Lookup find(byte[] head, InputStream in, long fileSize, String name, RustLimits limits) throws IOException {
        if (!isElf(head) || head.length < 52 || (head[4] != 1 && head[4] != 2) || (head[5] != 1 && head[5] != 2)) {
            return Lookup.ABSENT;
        }
        boolean is64 = head[4] == 2;
        if (is64 && head.length < 64) {
            return Lookup.ABSENT;
        }
        ByteBuffer h = ByteBuffer.wrap(head).order(head[5] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long phoff = is64 ? h.getLong(32) : u32(h, 28);
        long shoff = is64 ? h.getLong(40) : u32(h, 32);
        int phentsize = u16(h, is64 ? 54 : 42);
        int phnum = u16(h, is64 ? 56 : 44);
        int shentsize = u16(h, is64 ? 58 : 46);
        int shnum = u16(h, is64 ? 60 : 48);
        int shstrndx = u16(h, is64 ? 62 : 50);
        if (shoff <= 0 || shnum == 0 || shstrndx >= shnum || shentsize < (is64 ? 64 : 40)
                || shoff > fileSize || (long) shnum * shentsize > fileSize - shoff) {
            return Lookup.ABSENT;
        }
        long position = head.length;
        long loadEnd = 0;
        if (phnum > 0) {
            long tableEnd = phoff + (long) phnum * phentsize;
            if (phoff < (is64 ? 64 : 52) || phentsize < (is64 ? 56 : 32) || tableEnd > limits.maxProgramHeaderBytes()) {
                return Lookup.ABSENT;
            }
            // the table usually starts inside the 64 bytes already read (right after a 52-byte 32-bit header)
            byte[] prefix = new byte[(int) Math.max(tableEnd, head.length)];
            System.arraycopy(head, 0, prefix, 0, head.length);
            int more = prefix.length - head.length;
            if (more > 0 && in.readNBytes(prefix, head.length, more) < more) {
                return Lookup.ABSENT;
            }
            position = prefix.length;
            byte[] table = Arrays.copyOfRange(prefix, (int) phoff, (int) tableEnd);
            ByteBuffer t = ByteBuffer.wrap(table).order(h.order());
            for (int i = 0; i < phnum; i++) {
                int at = i * phentsize;
                if (t.getInt(at) != PT_LOAD) {
                    continue;
                }
                long offset = is64 ? t.getLong(at + 8) : u32(t, at + 4);
                long size = is64 ? t.getLong(at + 32) : u32(t, at + 16);
                if (offset >= 0 && size >= 0 && offset + size >= offset) {
                    loadEnd = Math.max(loadEnd, offset + size);
                }
            }
        }
        long start = Math.max(position, Math.min(loadEnd, shoff));
        long span = fileSize - start;
        if (span > limits.maxUnloadedBytes()) {
            return Lookup.problem("the " + span + " bytes after its loaded segments are more than the "
                    + limits.maxUnloadedBytes() + " kept to look for a " + name + " section (RustLimits.maxUnloadedBytes);"
                    + " not searched");
        }
        if (span <= 0 || !skip(in, start - position)) {
            return Lookup.ABSENT;
        }
        byte[] tail = in.readNBytes((int) span);
        if (tail.length < span) {
            return Lookup.ABSENT;
        }
        return lookUp(tail, start, h.order(), is64, shoff, shentsize, shnum, shstrndx, name);
    }

    private static Lookup lookUp(byte[] tail, long start, ByteOrder order, boolean is64, long shoff, int shentsize,
                                 int shnum, int shstrndx, String name) {
        ByteBuffer t = ByteBuffer.wrap(tail).order(order);
        long[] names = header(t, start, shoff, shentsize, shstrndx, is64);
        if (names == null || !within(names, start, tail.length)) {
            return Lookup.ABSENT;
        }
        byte[] wanted = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        for (int i = 1; i < shnum; i++) {
            long[] s = header(t, start, shoff, shentsize, i, is64);
            if (s == null || s[0] < 0 || s[0] + wanted.length > names[2]) {
                continue;
            }
            if (!equalsAt(tail, (int) (names[1] - start + s[0]), wanted)) {
                continue;
            }
            if (!within(s, start, tail.length)) {
                return Lookup.problem("its " + name + " section lies inside a loaded segment, which is not kept"
                        + " while reading the stream; not read");
            }
            int from = (int) (s[1] - start);
            return new Lookup(Arrays.copyOfRange(tail, from, from + (int) s[2]), null);
        }
        return Lookup.ABSENT;
    }

    /** Section header {@code i} as {name offset, file offset, size}, or null when it is not in the tail. */
    private static long @Nullable [] header(ByteBuffer t, long start, long shoff, int shentsize, int i, boolean is64) {
        long at = shoff + (long) i * shentsize - start;
        if (at < 0 || at + shentsize > t.capacity()) {
            return null;
        }
        int a = (int) at;
        long nameOff = u32(t, a);
        long offset = is64 ? t.getLong(a + 24) : u32(t, a + 16);
        long size = is64 ? t.getLong(a + 32) : u32(t, a + 20);
        return new long[] {nameOff, offset, size};
    }

    private static boolean within(long[] section, long start, int tailLength) {
        return section[1] >= start && section[2] >= 0 && section[1] - start + section[2] <= tailLength;
    }

    private static boolean equalsAt(byte[] b, int at, byte[] wanted) {
        if (at < 0 || at + wanted.length > b.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (b[at + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean skip(InputStream in, long n) throws IOException {
        if (n < 0) {
            return false;
        }
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    return false;
                }
                s = 1;
            }
            left -= s;
        }
        return true;
    }

    private static long u32(ByteBuffer b, int at) {
        return Integer.toUnsignedLong(b.getInt(at));
    }

    private static int u16(ByteBuffer b, int at) {
        return Short.toUnsignedInt(b.getShort(at));
    }
}

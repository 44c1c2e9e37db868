package dev.rampart.catalog.golang;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The writable loaded segments of an ELF file, read from its start: the file header and the
 * program header table, which linkers put right after it. Go's build information lives in the
 * {@code .go.buildinfo} section at the start of the writable data, so only these byte ranges
 * need to be searched, and a {@code \xff Go buildinf:} string elsewhere (the Go toolchain's own
 * reader keeps one in its read-only data) is not mistaken for it.
 * Spec: https://refspecs.linuxfoundation.org/elf/gabi4+/ch5.pheader.html
 */
final class ElfSegments {
    static final int IDENT_BYTES = 64;
    private static final int PT_LOAD = 1;
    private static final int PF_W = 2;

    private ElfSegments() {}

    /** A byte range of the file: {@code [offset, offset + size)}. */
    record Range(long offset, long size) {
        long end() {
            return offset + size;
        }
    }

    static boolean isElf(byte[] head) {
        return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
    }

    /**
     * The writable {@code PT_LOAD} ranges in file order, read from {@code in} positioned right after
     * {@code head} (the first {@value #IDENT_BYTES} bytes, or fewer for a short file); null when the
     * headers are not those of a well-formed 32- or 64-bit ELF file within the limit.
     */
    static @Nullable List<Range> writableLoads(byte[] head, ForwardReader in, int maxHeaderBytes) throws IOException {
        if (!isElf(head) || head.length < 52) {
            return null;
        }
        boolean is64 = head[4] == 2;
        if ((head[4] != 1 && !is64) || (head[5] != 1 && head[5] != 2) || (is64 && head.length < IDENT_BYTES)) {
            return null;
        }
        ByteBuffer h = ByteBuffer.wrap(head).order(head[5] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long phoff = is64 ? h.getLong(32) : Integer.toUnsignedLong(h.getInt(28));
        int phentsize = Short.toUnsignedInt(h.getShort(is64 ? 54 : 42));
        int phnum = Short.toUnsignedInt(h.getShort(is64 ? 56 : 44));
        int headerSize = is64 ? 64 : 52;
        if (phnum == 0 || phentsize < (is64 ? 56 : 32) || phoff < headerSize
                || phoff + (long) phnum * phentsize > maxHeaderBytes) {
            return null;
        }
        byte[] table = new byte[(int) (phoff + (long) phnum * phentsize)];
        int have = Math.min(head.length, table.length);
        System.arraycopy(head, 0, table, 0, have);
        if (have < table.length && have + in.read(table, have, table.length - have) < table.length) {
            return null;
        }
        ByteBuffer t = ByteBuffer.wrap(table).order(h.order());
        List<Range> out = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int at = (int) phoff + i * phentsize;
            int type = t.getInt(at);
            int flags = t.getInt(is64 ? at + 4 : at + 24);
            long offset = is64 ? t.getLong(at + 8) : Integer.toUnsignedLong(t.getInt(at + 4));
            long size = is64 ? t.getLong(at + 32) : Integer.toUnsignedLong(t.getInt(at + 16));
            if (type == PT_LOAD && (flags & PF_W) != 0 && offset >= 0 && size > 0 && offset + size > offset) {
                out.add(new Range(offset, size));
            }
        }
        out.sort(Comparator.comparingLong(Range::offset));
        return out;
    }
}

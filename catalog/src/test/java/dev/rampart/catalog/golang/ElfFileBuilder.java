package dev.rampart.catalog.golang;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small ELF executables for tests: a read-only executable segment holding {@link #text},
 * a writable segment holding {@link #data} (page-aligned in the file, as linkers place it), then
 * sections that are not loaded, the section name table and the section header table, in that
 * order, as GNU ld and lld lay them out. 32- or 64-bit, either byte order.
 * Spec: https://refspecs.linuxfoundation.org/elf/gabi4+/contents.html
 */
public final class ElfFileBuilder {
    public static final long SHF_ALLOC = 0x2;
    private static final int PAGE = 4096;
    private static final long BASE = 0x400000;

    /** A section: {@code dataOffset} is where it lies in the writable segment, or -1 when it is not loaded. */
    private record Section(String name, byte[] content, long dataOffset) {}

    private boolean is64 = true;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private byte[] text = new byte[64];
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final List<Section> sections = new ArrayList<>();
    private boolean sectionHeaders = true;

    public ElfFileBuilder bits32() {
        is64 = false;
        return this;
    }

    public ElfFileBuilder bigEndian() {
        order = ByteOrder.BIG_ENDIAN;
        return this;
    }

    /** Bytes of the read-only executable segment. */
    public ElfFileBuilder text(byte[] bytes) {
        text = bytes.clone();
        return this;
    }

    /** Appends bytes to the writable segment, padded to 16 bytes first as {@code .go.buildinfo} is. */
    public ElfFileBuilder data(byte[] bytes) {
        while (data.size() % 16 != 0) {
            data.write(0);
        }
        data.writeBytes(bytes);
        return this;
    }

    /** A section in the writable loaded segment ({@code SHF_ALLOC}). */
    public ElfFileBuilder loadedSection(String name, byte[] content) {
        int at = (data.size() + 15) / 16 * 16;
        data(content);
        sections.add(new Section(name, content.clone(), at));
        return this;
    }

    /** A section after the loaded segments, not loaded at run time (flags 0), like {@code .comment}. */
    public ElfFileBuilder section(String name, byte[] content) {
        sections.add(new Section(name, content.clone(), -1));
        return this;
    }

    public ElfFileBuilder withoutSectionHeaders() {
        sectionHeaders = false;
        return this;
    }

    public byte[] build() {
        int ehsize = is64 ? 64 : 52;
        int phentsize = is64 ? 56 : 32;
        int shentsize = is64 ? 64 : 40;
        long textOff = ehsize + 2L * phentsize;
        long textEnd = textOff + text.length;
        byte[] dataBytes = data.toByteArray();
        long dataOff = (textEnd + PAGE - 1) / PAGE * PAGE;
        long dataEnd = dataOff + dataBytes.length;

        // section contents after the loaded segments, then the name table, then the header table
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        names.write(0);
        List<long[]> headers = new ArrayList<>(); // name, type, flags, addr, offset, size
        headers.add(new long[] {0, 0, 0, 0, 0, 0});
        headers.add(new long[] {name(names, ".text"), 1, 0x6, BASE + textOff, textOff, text.length});
        headers.add(new long[] {name(names, ".data"), 1, 0x3, BASE + dataOff, dataOff, dataBytes.length});
        long cursor = dataEnd;
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        for (Section s : sections) {
            if (s.dataOffset() >= 0) {
                long at = dataOff + s.dataOffset();
                headers.add(new long[] {name(names, s.name()), 1, SHF_ALLOC, BASE + at, at, s.content().length});
                continue;
            }
            headers.add(new long[] {name(names, s.name()), 1, 0, 0, cursor, s.content().length});
            tail.writeBytes(s.content());
            cursor += s.content().length;
        }
        int shstrndx = headers.size();
        long namesOff = cursor;
        headers.add(new long[] {name(names, ".shstrtab"), 3, 0, 0, namesOff, 0});
        byte[] nameBytes = names.toByteArray();
        headers.getLast()[5] = nameBytes.length;
        long shoff = (namesOff + nameBytes.length + 7) / 8 * 8;
        long total = sectionHeaders ? shoff + (long) headers.size() * shentsize : namesOff + nameBytes.length;

        ByteBuffer b = ByteBuffer.allocate((int) total).order(order);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) (is64 ? 2 : 1), (byte) (order == ByteOrder.LITTLE_ENDIAN ? 1 : 2), 1});
        b.position(16);
        b.putShort((short) 2).putShort((short) (is64 ? 62 : 3)).putInt(1);
        if (is64) {
            b.putLong(BASE + textOff).putLong(ehsize).putLong(sectionHeaders ? shoff : 0);
        } else {
            b.putInt((int) (BASE + textOff)).putInt(ehsize).putInt((int) (sectionHeaders ? shoff : 0));
        }
        b.putInt(0).putShort((short) ehsize).putShort((short) phentsize).putShort((short) 2)
                .putShort((short) shentsize).putShort((short) (sectionHeaders ? headers.size() : 0))
                .putShort((short) (sectionHeaders ? shstrndx : 0));
        programHeader(b, 0x5, 0, textEnd);
        programHeader(b, 0x6, dataOff, dataBytes.length);
        b.position((int) textOff);
        b.put(text);
        b.position((int) dataOff);
        b.put(dataBytes);
        b.put(tail.toByteArray());
        b.put(nameBytes);
        if (sectionHeaders) {
            b.position((int) shoff);
            for (long[] h : headers) {
                sectionHeader(b, h);
            }
        }
        return b.array();
    }

    private void programHeader(ByteBuffer b, int flags, long offset, long size) {
        if (is64) {
            b.putInt(1).putInt(flags).putLong(offset).putLong(BASE + offset).putLong(BASE + offset)
                    .putLong(size).putLong(size).putLong(PAGE);
        } else {
            b.putInt(1).putInt((int) offset).putInt((int) (BASE + offset)).putInt((int) (BASE + offset))
                    .putInt((int) size).putInt((int) size).putInt(flags).putInt(PAGE);
        }
    }

    private void sectionHeader(ByteBuffer b, long[] h) {
        if (is64) {
            b.putInt((int) h[0]).putInt((int) h[1]).putLong(h[2]).putLong(h[3]).putLong(h[4]).putLong(h[5])
                    .putInt(0).putInt(0).putLong(1).putLong(0);
        } else {
            b.putInt((int) h[0]).putInt((int) h[1]).putInt((int) h[2]).putInt((int) h[3]).putInt((int) h[4])
                    .putInt((int) h[5]).putInt(0).putInt(0).putInt(1).putInt(0);
        }
    }

    private static long name(ByteArrayOutputStream names, String name) {
        int at = names.size();
        names.writeBytes(name.getBytes(StandardCharsets.US_ASCII));
        names.write(0);
        return at;
    }
}

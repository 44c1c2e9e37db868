package dev.rampart.catalog.rpm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes NDB package databases ({@code Packages.db}) the way rpm's {@code rpmpkg.c} does: header,
 * slot pages, then one blob per package with head and tail, packages numbered from 1.
 */
final class NdbFileBuilder {
    static final int PAGE = 4096;
    static final int BLOCK = 16;

    private NdbFileBuilder() {}

    static byte[] build(List<byte[]> headers) {
        return build(headers, 1);
    }

    /** With {@code slotPages} slot pages; slots are used from the first one on. */
    static byte[] build(List<byte[]> headers, int slotPages) {
        int blocks = 0;
        for (byte[] h : headers) {
            blocks += blockCount(h.length);
        }
        ByteBuffer file = ByteBuffer.allocate(slotPages * PAGE + blocks * BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        file.putInt(0, magic("RpmP")).putInt(4, 0).putInt(8, 1).putInt(12, slotPages).putInt(16, headers.size() + 1);
        for (int pos = 32; pos < slotPages * PAGE; pos += 16) {
            file.putInt(pos, magic("Slot"));
        }
        int blkoff = slotPages * PAGE / BLOCK;
        for (int i = 0; i < headers.size(); i++) {
            byte[] h = headers.get(i);
            int blkcnt = blockCount(h.length);
            int pkgidx = i + 1;
            int slot = 32 + 16 * i;
            file.putInt(slot + 4, pkgidx).putInt(slot + 8, blkoff).putInt(slot + 12, blkcnt);
            int start = blkoff * BLOCK;
            file.putInt(start, magic("BlbS")).putInt(start + 4, pkgidx).putInt(start + 8, 1_700_000_000)
                    .putInt(start + 12, h.length);
            file.put(start + 16, h);
            int tail = start + blkcnt * BLOCK - 12;
            file.putInt(tail, 0).putInt(tail + 4, h.length).putInt(tail + 8, magic("BlbE"));
            blkoff += blkcnt;
        }
        return file.array();
    }

    /** Where the blob of the package at {@code index} (0-based) starts, with one slot page. */
    static int blobStart(List<byte[]> headers, int index) {
        int start = PAGE;
        for (int i = 0; i < index; i++) {
            start += blockCount(headers.get(i).length) * BLOCK;
        }
        return start;
    }

    static int blockCount(int headerLength) {
        return (16 + headerLength + 12 + BLOCK - 1) / BLOCK;
    }

    static int magic(String fourChars) {
        return ByteBuffer.wrap(fourChars.getBytes(StandardCharsets.US_ASCII)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}

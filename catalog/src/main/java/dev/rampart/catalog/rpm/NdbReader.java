package dev.rampart.catalog.rpm;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads SUSE's NDB package database ({@code Packages.db}), as rpm's {@code lib/backend/ndb/rpmpkg.c}
 * lays it out. All fields are little-endian 32-bit words.
 *
 * <pre>
 *   offset 0     header: magic "RpmP", version 0, generation, slot page count, next package index
 *   offset 32    slots to the end of the slot pages (4096 bytes each), 16 bytes each:
 *                  magic "Slot", package index, block offset, block count  (block offset 0 = free slot)
 *   blocks       16-byte blocks after the slot pages; a package's blob fills blkcnt blocks at blkoff:
 *                  head  magic "BlbS", package index, timestamp, blob length
 *                  the header blob, zero padding
 *                  tail  adler32, blob length, magic "BlbE"   (in the last 12 bytes of the blocks)
 * </pre>
 *
 * <p>Packages are returned in package-index order. The adler32 is not verified: rpm does not
 * verify it when it reads a package either, and the header decoder checks every field it uses.
 */
final class NdbReader {
    static final long MAGIC = magic("RpmP");
    private static final long SLOT_MAGIC = magic("Slot");
    private static final long BLOB_HEAD_MAGIC = magic("BlbS");
    private static final long BLOB_TAIL_MAGIC = magic("BlbE");

    private static final int HEADER_SIZE = 32;
    private static final int PAGE_SIZE = 4096;
    private static final int SLOT_SIZE = 16;
    private static final int BLOCK_SIZE = 16;
    private static final int BLOB_HEAD_SIZE = 16;
    private static final int BLOB_TAIL_SIZE = 12;

    private record Slot(long number, long pkgidx, long blkoff, long blkcnt) {}

    private NdbReader() {}

    static List<RpmPackage> read(byte[] content, ReadContext context) throws RpmFormatException {
        ByteView file = ByteView.ofFile(content, ByteOrder.LITTLE_ENDIAN, context.file());
        if (file.length() < HEADER_SIZE) {
            throw file.error("NDB file of " + file.length() + " bytes is shorter than its 32-byte header");
        }
        if (file.u32(0) != MAGIC) {
            throw file.error("no NDB magic 'RpmP'", 0);
        }
        long version = file.u32(4);
        if (version != 0) {
            throw file.error("unsupported NDB version " + version + " (only version 0 exists)", 4);
        }
        long slotPages = file.u32(12);
        if (slotPages == 0 || slotPages * PAGE_SIZE > file.length()) {
            throw file.error("header declares " + slotPages + " slot pages but the file holds "
                    + file.length() + " bytes", 12);
        }
        List<RpmPackage> packages = new ArrayList<>();
        for (Slot slot : readSlots(file, slotPages).values()) {
            ByteView blob = blob(file, slot, context.limits());
            packages.add(HeaderDecoder.decode(blob, context));
        }
        return packages;
    }

    /** The used slots by package index. */
    private static TreeMap<Long, Slot> readSlots(ByteView file, long slotPages) throws RpmFormatException {
        TreeMap<Long, Slot> slots = new TreeMap<>();
        long firstBlock = slotPages * (PAGE_SIZE / BLOCK_SIZE);
        long fileBlocks = file.length() / BLOCK_SIZE;
        long end = slotPages * PAGE_SIZE;
        for (long pos = HEADER_SIZE; pos < end; pos += SLOT_SIZE) {
            long number = pos / SLOT_SIZE;
            if (file.u32(pos) != SLOT_MAGIC) {
                throw file.error("slot " + number + " has no slot magic 'Slot'", pos);
            }
            long blkoff = file.u32(pos + 8);
            if (blkoff == 0) {
                continue;
            }
            Slot slot = new Slot(number, file.u32(pos + 4), blkoff, file.u32(pos + 12));
            if (slot.pkgidx == 0 || slot.blkcnt == 0) {
                throw file.error("slot " + number + " is used but has package index " + slot.pkgidx
                        + " and block count " + slot.blkcnt, pos);
            }
            if (blkoff < firstBlock || blkoff + slot.blkcnt > fileBlocks) {
                throw file.error("slot " + number + " (package index " + slot.pkgidx + ") points at blocks "
                        + blkoff + ".." + (blkoff + slot.blkcnt) + ", outside the data blocks " + firstBlock + ".."
                        + fileBlocks + " of the file", pos);
            }
            if (slots.put(slot.pkgidx, slot) != null) {
                throw file.error("two slots hold package index " + slot.pkgidx, pos);
            }
        }
        checkDisjoint(file, slots.values());
        return slots;
    }

    /** Blobs must not share blocks, as rpm itself insists: shared blocks would let one blob be decoded many times. */
    private static void checkDisjoint(ByteView file, Collection<Slot> slots) throws RpmFormatException {
        List<Slot> byOffset = new ArrayList<>(slots);
        byOffset.sort(Comparator.comparingLong(Slot::blkoff));
        for (int i = 1; i < byOffset.size(); i++) {
            Slot previous = byOffset.get(i - 1);
            Slot slot = byOffset.get(i);
            if (slot.blkoff < previous.blkoff + previous.blkcnt) {
                throw file.error("the blobs of package indexes " + previous.pkgidx + " and " + slot.pkgidx
                        + " overlap", slot.number * SLOT_SIZE);
            }
        }
    }

    /** The header blob of one slot, after checking the blob's head and tail. */
    private static ByteView blob(ByteView file, Slot slot, RpmLimits limits) throws RpmFormatException {
        long start = slot.blkoff * BLOCK_SIZE;
        long size = slot.blkcnt * BLOCK_SIZE;
        String record = "package index " + slot.pkgidx;
        ByteView blocks = file.slice(start, size, ByteOrder.LITTLE_ENDIAN, record);
        if (size < BLOB_HEAD_SIZE + BLOB_TAIL_SIZE) {
            throw blocks.error("blob of " + slot.blkcnt + " blocks is too small for its head and tail", 0);
        }
        if (blocks.u32(0) != BLOB_HEAD_MAGIC) {
            throw blocks.error("blob has no head magic 'BlbS'", 0);
        }
        if (blocks.u32(4) != slot.pkgidx) {
            throw blocks.error("blob belongs to package index " + blocks.u32(4) + ", not to its slot's", 4);
        }
        long length = blocks.u32(12);
        if (length > limits.maxHeaderBytes()) {
            throw blocks.error("blob declares " + length + " bytes, more than the limit of " + limits.maxHeaderBytes()
                    + " (RpmLimits.maxHeaderBytes)", 12);
        }
        long expectedBlocks = (BLOB_HEAD_SIZE + length + BLOB_TAIL_SIZE + BLOCK_SIZE - 1) / BLOCK_SIZE;
        if (expectedBlocks != slot.blkcnt) {
            throw blocks.error("blob of " + length + " bytes needs " + expectedBlocks + " blocks but its slot gives "
                    + slot.blkcnt, 12);
        }
        long tail = size - BLOB_TAIL_SIZE;
        if (blocks.u32(tail + 8) != BLOB_TAIL_MAGIC) {
            throw blocks.error("blob has no tail magic 'BlbE'", tail + 8);
        }
        if (blocks.u32(tail + 4) != length) {
            throw blocks.error("blob tail gives length " + blocks.u32(tail + 4) + " but its head " + length, tail + 4);
        }
        return blocks.slice(BLOB_HEAD_SIZE, length, ByteOrder.BIG_ENDIAN, record);
    }

    private static long magic(String fourChars) {
        return fourChars.charAt(0) | fourChars.charAt(1) << 8 | fourChars.charAt(2) << 16
                | (long) fourChars.charAt(3) << 24;
    }
}

package dev.rampart.catalog.rpm;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the BerkeleyDB hash database rpm up to 4.15 keeps its packages in ({@code Packages}), as
 * BerkeleyDB's {@code dbinc/db_page.h} lays it out. Fields are in the byte order of the machine
 * that wrote the file; the metadata page's magic tells which.
 *
 * <pre>
 *   page 0        hash metadata: magic 0x061561 at 12, page size at 20, encryption at 24, type 8 at 25,
 *                 flags at 26, last page number at 32
 *   every page    26-byte header: page number at 8, next page at 16, entries at 20, high free offset at 22, type at 25
 *   hash pages    (type 13, or 2 before BerkeleyDB 4.6) an index of 16-bit item offsets after the header,
 *                 in key/value pairs; items are packed down from the end of the page, so item i ends where
 *                 item i-1 starts (item 0 at the page end). An item's first byte is its kind:
 *                   1 key/data   the bytes follow inline
 *                   3 off-page   unused[3], first overflow page (u32), total length (u32)
 *   overflow pages (type 7) a run of value bytes after the header, as long as the high free offset
 *                 says, continued on the next page until next = 0
 * </pre>
 *
 * <p>rpm's keys are 4-byte header numbers; the record with key 0 holds rpm's own counter, not a
 * package, and is skipped. Packages are returned in header-number order. Encrypted and
 * checksummed databases, which rpm never writes, are refused.
 */
final class BerkeleyDbReader {
    static final long HASH_MAGIC = 0x061561;
    private static final long BTREE_MAGIC = 0x053162;

    private static final int PAGE_HEADER = 26;
    private static final int TYPE_HASH_UNSORTED = 2;
    private static final int TYPE_OVERFLOW = 7;
    private static final int TYPE_HASH_META = 8;
    private static final int TYPE_HASH = 13;
    private static final int ITEM_KEYDATA = 1;
    private static final int ITEM_OFFPAGE = 3;
    private static final int OFFPAGE_SIZE = 12;
    private static final int META_CHECKSUM = 0x01;

    private final ByteView file;
    private final ReadContext context;
    private final int pageSize;
    private final long lastPage;
    /** Overflow pages already read: each belongs to one value, so no page is read twice. */
    private final BitSet overflowPagesRead = new BitSet();

    private BerkeleyDbReader(ByteView file, ReadContext context, int pageSize, long lastPage) {
        this.file = file;
        this.context = context;
        this.pageSize = pageSize;
        this.lastPage = lastPage;
    }

    /** The byte order whose reading of offset 12 is the hash magic, or null when neither is. */
    static @Nullable ByteOrder byteOrder(byte[] content) {
        if (content.length < 16) {
            return null;
        }
        long le = (content[12] & 0xff) | (content[13] & 0xff) << 8 | (content[14] & 0xff) << 16
                | (long) (content[15] & 0xff) << 24;
        long be = (long) (content[12] & 0xff) << 24 | (content[13] & 0xff) << 16 | (content[14] & 0xff) << 8
                | (content[15] & 0xff);
        return le == HASH_MAGIC ? ByteOrder.LITTLE_ENDIAN : be == HASH_MAGIC ? ByteOrder.BIG_ENDIAN : null;
    }

    static List<RpmPackage> read(byte[] content, ReadContext context) throws RpmFormatException {
        ByteView meta = ByteView.ofFile(content, ByteOrder.LITTLE_ENDIAN, context.file());
        if (meta.length() < 512) {
            throw meta.error("BerkeleyDB file of " + meta.length() + " bytes is shorter than its 512-byte metadata page");
        }
        ByteOrder order = byteOrder(content);
        if (order == null) {
            boolean btree = meta.u32(12) == BTREE_MAGIC
                    || ByteView.ofFile(content, ByteOrder.BIG_ENDIAN, context.file()).u32(12) == BTREE_MAGIC;
            throw meta.error(btree ? "is a BerkeleyDB btree, not the hash database rpm keeps packages in"
                    : "no BerkeleyDB hash magic 0x061561", 12);
        }
        ByteView file = ByteView.ofFile(content, order, context.file());
        long pageSize = file.u32(20);
        if (pageSize < 512 || pageSize > 65536 || Long.bitCount(pageSize) != 1) {
            throw file.error("page size " + pageSize + " is not a power of two from 512 to 65536", 20);
        }
        if (file.u8(24) != 0) {
            throw file.error("database is encrypted (algorithm " + file.u8(24) + ")", 24);
        }
        if (file.u8(25) != TYPE_HASH_META) {
            throw file.error("metadata page has type " + file.u8(25) + ", not the hash metadata type 8", 25);
        }
        if ((file.u8(26) & META_CHECKSUM) != 0) {
            throw file.error("database has checksummed pages, which rpm does not write", 26);
        }
        long lastPage = file.u32(32);
        if ((lastPage + 1) * pageSize > file.length()) {
            throw file.error("metadata declares " + (lastPage + 1) + " pages of " + pageSize + " bytes but the file holds "
                    + file.length() + " bytes", 32);
        }
        return new BerkeleyDbReader(file, context, (int) pageSize, lastPage).readPages();
    }

    private List<RpmPackage> readPages() throws RpmFormatException {
        TreeMap<Long, RpmPackage> packages = new TreeMap<>();
        for (long page = 1; page <= lastPage; page++) {
            long base = page * pageSize;
            int type = file.u8(base + 25);
            if (type == TYPE_HASH || type == TYPE_HASH_UNSORTED) {
                readHashPage(page, base, packages);
            }
        }
        return new ArrayList<>(packages.values());
    }

    private void readHashPage(long page, long base, TreeMap<Long, RpmPackage> packages) throws RpmFormatException {
        int entries = file.u16(base + 20);
        if (entries % 2 != 0 || PAGE_HEADER + 2L * entries > pageSize) {
            throw file.error("hash page " + page + " declares " + entries + " items, not key/value pairs that fit the page",
                    base + 20);
        }
        for (int i = 0; i < entries; i += 2) {
            long key = key(page, base, entries, i);
            if (key == 0) {
                continue;
            }
            String record = "header number " + key + " on hash page " + page;
            byte[] value = value(page, base, entries, i + 1, record);
            RpmPackage pkg = HeaderDecoder.decode(ByteView.ofBlob(value, ByteOrder.BIG_ENDIAN, file.file(), record), context);
            if (packages.put(key, pkg) != null) {
                throw file.error("header number " + key + " occurs twice (again on hash page " + page + ")");
            }
        }
    }

    /** The start of item {@code index} on a hash page, after checking that it lies between the index and its end. */
    private long itemStart(long page, long base, int entries, int index) throws RpmFormatException {
        long start = file.u16(base + PAGE_HEADER + 2L * index);
        long end = index == 0 ? pageSize : file.u16(base + PAGE_HEADER + 2L * (index - 1));
        if (start < PAGE_HEADER + 2L * entries || start >= end || end > pageSize) {
            throw file.error("item " + index + " of hash page " + page + " spans bytes " + start + ".." + end
                    + ", outside the item area of the page", base + PAGE_HEADER + 2L * index);
        }
        return start;
    }

    private long itemEnd(long base, int index) throws RpmFormatException {
        return index == 0 ? pageSize : file.u16(base + PAGE_HEADER + 2L * (index - 1));
    }

    /** rpm's key: a 4-byte header number in the database's byte order. */
    private long key(long page, long base, int entries, int index) throws RpmFormatException {
        long start = itemStart(page, base, entries, index);
        long length = itemEnd(base, index) - start;
        if (file.u8(base + start) != ITEM_KEYDATA || length != 5) {
            throw file.error("key " + index / 2 + " of hash page " + page + " is not a 4-byte header number",
                    base + start);
        }
        return file.u32(base + start + 1);
    }

    private byte[] value(long page, long base, int entries, int index, String record) throws RpmFormatException {
        long start = itemStart(page, base, entries, index);
        long length = itemEnd(base, index) - start;
        long pos = base + start;
        int kind = file.u8(pos);
        if (kind == ITEM_KEYDATA) {
            byte[] inline = new byte[(int) length - 1];
            file.copy(pos + 1, inline.length, inline, 0);
            return inline;
        }
        if (kind != ITEM_OFFPAGE || length < OFFPAGE_SIZE) {
            throw file.error(record + ": value has item kind " + kind + ", not key/data (1) or off-page (3)", pos);
        }
        return overflow(file.u32(pos + 4), file.u32(pos + 8), record, pos);
    }

    /** Concatenates the overflow pages of one value, which must add up to exactly its declared length. */
    private byte[] overflow(long firstPage, long totalLength, String record, long refPos) throws RpmFormatException {
        int limit = context.limits().maxHeaderBytes();
        if (totalLength == 0 || totalLength > limit) {
            throw file.error(record + ": value declares " + totalLength + " bytes, "
                    + (totalLength == 0 ? "an empty header" : "more than the limit of " + limit
                    + " (RpmLimits.maxHeaderBytes)"), refPos + 8);
        }
        if (totalLength > lastPage * (pageSize - PAGE_HEADER)) {
            throw file.error(record + ": value declares " + totalLength + " bytes, more than all pages of the file hold",
                    refPos + 8);
        }
        byte[] value = new byte[(int) totalLength];
        int filled = 0;
        for (long page = firstPage; page != 0; ) {
            if (page > lastPage) {
                throw file.error(record + ": overflow chain points at page " + page + ", past the last page " + lastPage);
            }
            if (overflowPagesRead.get((int) page)) {
                throw file.error(record + ": overflow chain reaches page " + page + ", which a value has already used");
            }
            overflowPagesRead.set((int) page);
            long base = page * pageSize;
            if (file.u8(base + 25) != TYPE_OVERFLOW) {
                throw file.error(record + ": overflow chain reaches page " + page + " of type " + file.u8(base + 25)
                        + ", not an overflow page (7)", base + 25);
            }
            int run = file.u16(base + 22);
            if (run > pageSize - PAGE_HEADER || run > value.length - filled) {
                throw file.error(record + ": overflow page " + page + " holds " + run + " bytes, more than "
                        + (run > pageSize - PAGE_HEADER ? "fit the page" : "the value's remaining "
                        + (value.length - filled)), base + 22);
            }
            file.copy(base + PAGE_HEADER, run, value, filled);
            filled += run;
            page = file.u32(base + 16);
        }
        if (filled != value.length) {
            throw file.error(record + ": overflow chain ends after " + filled + " of the value's " + value.length + " bytes");
        }
        return value;
    }
}

package dev.rampart.catalog.rpm;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A window onto part of a byte array with bounds-checked reads in one byte order. Positions are
 * relative to the window's start and taken as {@code long}, so offsets computed from hostile
 * 32-bit fields cannot overflow before they are checked. A failed check is an
 * {@link RpmFormatException} naming the file, the record the window holds, and the offset.
 */
final class ByteView {
    private final byte[] data;
    private final int start;
    private final int length;
    private final ByteOrder order;
    private final String file;
    private final String record;
    /** Where the window starts in the database file, or -1 when its bytes were assembled elsewhere. */
    private final long fileOffset;

    private ByteView(byte[] data, int start, int length, ByteOrder order, String file, String record, long fileOffset) {
        this.data = data;
        this.start = start;
        this.length = length;
        this.order = order;
        this.file = file;
        this.record = record;
        this.fileOffset = fileOffset;
    }

    /** The whole file. */
    static ByteView ofFile(byte[] content, ByteOrder order, String file) {
        return new ByteView(content, 0, content.length, order, file, "", 0);
    }

    /** A blob assembled from the file (a SQLite cell, BerkeleyDB overflow pages): offsets are blob offsets. */
    static ByteView ofBlob(byte[] blob, ByteOrder order, String file, String record) {
        return new ByteView(blob, 0, blob.length, order, file, record, -1);
    }

    /** A window of {@code length} bytes at {@code pos}, which must lie inside this one. */
    ByteView slice(long pos, long sliceLength, ByteOrder sliceOrder, String sliceRecord) throws RpmFormatException {
        require(pos, sliceLength, sliceRecord);
        return new ByteView(data, start + (int) pos, (int) sliceLength, sliceOrder, file, sliceRecord,
                fileOffset < 0 ? -1 : fileOffset + pos);
    }

    int length() {
        return length;
    }

    String file() {
        return file;
    }

    /** What the window holds, for example {@code package index 7}; empty for a whole file. */
    String record() {
        return record;
    }

    ByteOrder order() {
        return order;
    }

    /** Checks that {@code count} bytes at {@code pos} lie inside the window. */
    void require(long pos, long count, String what) throws RpmFormatException {
        if (pos < 0 || count < 0 || pos > length || count > length - pos) {
            throw error(what + " (" + count + " bytes) lies outside the " + length + "-byte "
                    + (record.isEmpty() ? "file" : "record"), pos);
        }
    }

    int u8(long pos) throws RpmFormatException {
        require(pos, 1, "a byte");
        return data[start + (int) pos] & 0xff;
    }

    int u16(long pos) throws RpmFormatException {
        require(pos, 2, "a 16-bit field");
        int a = data[start + (int) pos] & 0xff;
        int b = data[start + (int) pos + 1] & 0xff;
        return order == ByteOrder.BIG_ENDIAN ? a << 8 | b : b << 8 | a;
    }

    /** An unsigned 32-bit field, as every count and offset in these formats is. */
    long u32(long pos) throws RpmFormatException {
        require(pos, 4, "a 32-bit field");
        int p = start + (int) pos;
        long a = data[p] & 0xff;
        long b = data[p + 1] & 0xff;
        long c = data[p + 2] & 0xff;
        long d = data[p + 3] & 0xff;
        return order == ByteOrder.BIG_ENDIAN
                ? a << 24 | b << 16 | c << 8 | d
                : d << 24 | c << 16 | b << 8 | a;
    }

    /** A signed 32-bit field. */
    int s32(long pos) throws RpmFormatException {
        return (int) u32(pos);
    }

    /**
     * The position of the first NUL byte at or after {@code pos} and before {@code end}, or -1.
     */
    long indexOfNul(long pos, long end) throws RpmFormatException {
        require(pos, end - pos, "a string");
        for (int i = start + (int) pos, stop = start + (int) end; i < stop; i++) {
            if (data[i] == 0) {
                return i - start;
            }
        }
        return -1;
    }

    /** {@code count} bytes at {@code pos} decoded as UTF-8 (malformed bytes become U+FFFD). */
    String utf8(long pos, long count) throws RpmFormatException {
        require(pos, count, "a string");
        return new String(data, start + (int) pos, (int) count, StandardCharsets.UTF_8);
    }

    /** Copies {@code count} bytes at {@code pos} into {@code target} at {@code targetPos}. */
    void copy(long pos, int count, byte[] target, int targetPos) throws RpmFormatException {
        require(pos, count, "a data run");
        System.arraycopy(data, start + (int) pos, target, targetPos, count);
    }

    /** A one-line error naming the file, the record and where the problem is. */
    RpmFormatException error(String problem, long pos) {
        String where = fileOffset >= 0
                ? "at file offset " + hex(fileOffset + pos)
                : "at offset " + hex(pos) + " of the record";
        return new RpmFormatException(file + ": " + (record.isEmpty() ? "" : record + ": ") + problem + " " + where);
    }

    /** A one-line error naming the file and the record, for problems without one offset. */
    RpmFormatException error(String problem) {
        return new RpmFormatException(file + ": " + (record.isEmpty() ? "" : record + ": ") + problem);
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value).toLowerCase(Locale.ROOT);
    }
}

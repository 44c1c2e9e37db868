package dev.rampart.catalog.rpm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one rpm header blob as the databases store it (rpm's {@code headerExport} format,
 * without the 8-byte magic that a header has inside a package file):
 *
 * <pre>
 *   int32 il                  number of index entries        (all fields big-endian)
 *   int32 dl                  bytes in the data store
 *   il × { int32 tag; uint32 type; int32 offset; uint32 count }
 *   dl bytes of data          the entries' values, at their offsets
 * </pre>
 *
 * <p>Only the tags of {@link HeaderTag} are looked at; every other entry, including the region
 * tags 61-64 that mark the immutable part of an installed header, is skipped unread. When a tag
 * occurs twice, the later entry wins, as rpm's {@code headerImport} lets entries added after
 * installation ("dribbles", which follow the region) replace those of the region.
 */
final class HeaderDecoder {
    private static final int PREAMBLE = 8;
    private static final int ENTRY_SIZE = 16;

    private static final int TYPE_INT32 = 4;
    private static final int TYPE_STRING = 6;
    private static final int TYPE_STRING_ARRAY = 8;
    private static final int TYPE_I18NSTRING = 9;

    private final ByteView blob;
    private final ReadContext context;
    private final long dataStart;
    private final long dataLength;
    private final Map<HeaderTag, Entry> entries = new EnumMap<>(HeaderTag.class);

    private record Entry(HeaderTag tag, long type, long offset, long count, long indexPos) {}

    private HeaderDecoder(ByteView blob, ReadContext context, long dataStart, long dataLength) {
        this.blob = blob;
        this.context = context;
        this.dataStart = dataStart;
        this.dataLength = dataLength;
    }

    /** Decodes the header that fills {@code blob} (trailing bytes after its data store are ignored). */
    static RpmPackage decode(ByteView blob, ReadContext context) throws RpmFormatException {
        RpmLimits limits = context.limits();
        context.countPackage();
        context.chargeBlob(blob.length(), blob.record());
        if (blob.length() < PREAMBLE) {
            throw blob.error("header blob of " + blob.length() + " bytes is shorter than its 8-byte preamble", 0);
        }
        long il = blob.u32(0);
        long dl = blob.u32(4);
        if (il == 0) {
            throw blob.error("header declares no index entries", 0);
        }
        if (il > limits.maxHeaderEntries()) {
            throw blob.error("header declares " + il + " index entries, more than the limit of "
                    + limits.maxHeaderEntries() + " (RpmLimits.maxHeaderEntries)", 0);
        }
        long size = PREAMBLE + il * ENTRY_SIZE + dl;
        if (size > limits.maxHeaderBytes()) {
            throw blob.error("header declares " + size + " bytes, more than the limit of "
                    + limits.maxHeaderBytes() + " (RpmLimits.maxHeaderBytes)", 4);
        }
        if (size > blob.length()) {
            throw blob.error("header declares " + il + " index entries and " + dl + " data bytes (" + size
                    + " bytes) but the blob holds only " + blob.length(), 0);
        }
        HeaderDecoder decoder = new HeaderDecoder(blob, context, PREAMBLE + il * ENTRY_SIZE, dl);
        decoder.readIndex(il);
        return decoder.toPackage();
    }

    private void readIndex(long il) throws RpmFormatException {
        for (long i = 0; i < il; i++) {
            long pos = PREAMBLE + i * ENTRY_SIZE;
            HeaderTag tag = HeaderTag.ofNumber(blob.s32(pos));
            if (tag != null) {
                entries.put(tag, new Entry(tag, blob.u32(pos + 4), blob.u32(pos + 8), blob.u32(pos + 12), pos));
            }
        }
    }

    private RpmPackage toPackage() throws RpmFormatException {
        String name = requiredString(HeaderTag.NAME);
        String version = requiredString(HeaderTag.VERSION);
        String release = requiredString(HeaderTag.RELEASE);
        Integer epoch = epoch();
        List<String> files = files(name);
        return new RpmPackage(name, epoch, version, release, optionalString(HeaderTag.ARCH),
                optionalString(HeaderTag.SOURCERPM), optionalString(HeaderTag.LICENSE),
                optionalString(HeaderTag.VENDOR), files);
    }

    private String requiredString(HeaderTag tag) throws RpmFormatException {
        String value = optionalString(tag);
        if (value.isBlank()) {
            throw blob.error("header has no " + tag + " tag, which every package has");
        }
        return value;
    }

    /** The first string of a string-typed tag, or "" when the header lacks it. */
    private String optionalString(HeaderTag tag) throws RpmFormatException {
        Entry e = entries.get(tag);
        if (e == null) {
            return "";
        }
        if (e.type != TYPE_STRING && e.type != TYPE_STRING_ARRAY && e.type != TYPE_I18NSTRING) {
            throw typeError(e, "a string");
        }
        checkStart(e);
        return readString(e, dataStart + e.offset);
    }

    private @Nullable Integer epoch() throws RpmFormatException {
        Entry e = entries.get(HeaderTag.EPOCH);
        if (e == null) {
            return null;
        }
        long[] values = int32s(e);
        if (values[0] > Integer.MAX_VALUE) {
            throw blob.error("tag " + e.tag + " holds " + values[0] + ", not a usable epoch", e.indexPos);
        }
        return (int) values[0];
    }

    private List<String> files(String name) throws RpmFormatException {
        Entry basenames = entries.get(HeaderTag.BASENAMES);
        if (basenames != null) {
            Entry dirnames = entries.get(HeaderTag.DIRNAMES);
            Entry dirindexes = entries.get(HeaderTag.DIRINDEXES);
            if (dirnames == null || dirindexes == null) {
                throw blob.error("package " + name + " has " + HeaderTag.BASENAMES + " but no "
                        + (dirnames == null ? HeaderTag.DIRNAMES : HeaderTag.DIRINDEXES));
            }
            return joinPaths(name, strings(basenames), strings(dirnames), dirindexes);
        }
        Entry old = entries.get(HeaderTag.OLDFILENAMES);
        if (old == null) {
            return List.of();
        }
        List<String> paths = strings(old);
        for (String p : paths) {
            checkPath(name, p.length());
        }
        return paths;
    }

    private List<String> joinPaths(String name, List<String> bases, List<String> dirs, Entry dirindexes)
            throws RpmFormatException {
        if (dirindexes.count != bases.size()) {
            throw blob.error("package " + name + " has " + bases.size() + " " + HeaderTag.BASENAMES + " but "
                    + dirindexes.count + " " + HeaderTag.DIRINDEXES, dirindexes.indexPos);
        }
        long[] index = int32s(dirindexes);
        List<String> paths = new ArrayList<>(bases.size());
        for (int i = 0; i < index.length; i++) {
            if (index[i] >= dirs.size()) {
                throw blob.error("package " + name + ": file " + i + " names directory " + index[i] + " of only "
                        + dirs.size() + " " + HeaderTag.DIRNAMES, dataStart + dirindexes.offset + 4L * i);
            }
            String dir = dirs.get((int) index[i]);
            String base = bases.get(i);
            checkPath(name, (long) dir.length() + base.length());
            paths.add(dir + base);
        }
        return paths;
    }

    private void checkPath(String name, long chars) throws RpmFormatException {
        if (chars > context.limits().maxPathLength()) {
            throw blob.error("package " + name + " lists a file path of " + chars + " characters, more than the limit of "
                    + context.limits().maxPathLength() + " (RpmLimits.maxPathLength)");
        }
        context.chargePathChars(chars, "package " + name);
    }

    /** All strings of a string-array tag. */
    private List<String> strings(Entry e) throws RpmFormatException {
        if (e.type != TYPE_STRING_ARRAY) {
            throw typeError(e, "a string array");
        }
        checkStart(e);
        checkCount(e);
        // each string takes at least its NUL byte, so the data left bounds the count
        if (e.count > dataLength - e.offset) {
            throw blob.error("tag " + e.tag + " declares " + e.count + " strings in the " + (dataLength - e.offset)
                    + " data bytes after its offset", e.indexPos);
        }
        List<String> values = new ArrayList<>((int) e.count);
        long pos = dataStart + e.offset;
        for (long i = 0; i < e.count; i++) {
            long nul = endOfString(e, pos);
            values.add(blob.utf8(pos, nul - pos));
            pos = nul + 1;
        }
        return values;
    }

    /** The unsigned 32-bit values of an int32 tag, of which at least one must be present. */
    private long[] int32s(Entry e) throws RpmFormatException {
        if (e.type != TYPE_INT32) {
            throw typeError(e, "32-bit integers");
        }
        checkStart(e);
        checkCount(e);
        if (e.offset + 4 * e.count > dataLength) {
            throw blob.error("tag " + e.tag + " declares " + e.count + " 32-bit values at data offset " + e.offset
                    + ", past the end of the " + dataLength + "-byte data store", e.indexPos);
        }
        long[] values = new long[(int) e.count];
        for (int i = 0; i < values.length; i++) {
            values[i] = blob.u32(dataStart + e.offset + 4L * i);
        }
        return values;
    }

    private String readString(Entry e, long pos) throws RpmFormatException {
        return blob.utf8(pos, endOfString(e, pos) - pos);
    }

    /** The position of the NUL that ends the string at {@code pos}, which must lie inside the data store. */
    private long endOfString(Entry e, long pos) throws RpmFormatException {
        long nul = blob.indexOfNul(pos, dataStart + dataLength);
        if (nul < 0) {
            throw blob.error("a string of tag " + e.tag + " runs past the end of the data store", pos);
        }
        return nul;
    }

    private void checkStart(Entry e) throws RpmFormatException {
        if (e.offset >= dataLength) {
            throw blob.error("tag " + e.tag + " points at data offset " + e.offset + ", outside the " + dataLength
                    + "-byte data store", e.indexPos);
        }
    }

    /** At least one value, and at most the limit on files per package. */
    private void checkCount(Entry e) throws RpmFormatException {
        if (e.count == 0) {
            throw blob.error("tag " + e.tag + " has a count of 0", e.indexPos);
        }
        int max = context.limits().maxFilesPerPackage();
        if (e.count > max) {
            throw blob.error("tag " + e.tag + " declares " + e.count + " values, more than the limit of " + max
                    + " (RpmLimits.maxFilesPerPackage)", e.indexPos);
        }
    }

    private RpmFormatException typeError(Entry e, String expected) {
        return blob.error("tag " + e.tag + " has type " + e.type + ", expected " + expected, e.indexPos);
    }
}

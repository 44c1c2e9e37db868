package dev.rampart.catalog.rpm;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rpm header blobs in the database format (index count, data length, 16-byte index
 * entries, data store; all big-endian), for tests that need headers real databases do not have.
 */
final class HeaderBlobBuilder {
    static final int TYPE_INT32 = 4;
    static final int TYPE_STRING = 6;
    static final int TYPE_BIN = 7;
    static final int TYPE_STRING_ARRAY = 8;
    static final int TAG_HEADER_IMMUTABLE = 63;

    private record Entry(int tag, int type, byte[] data, int count, int alignment) {}

    private final List<Entry> entries = new ArrayList<>();
    private boolean region;

    /** A header with name, version, release and arch, as every real package has. */
    static HeaderBlobBuilder minimal(String name) {
        return new HeaderBlobBuilder()
                .string(1000, name)
                .string(1001, "1.0")
                .string(1002, "1")
                .string(1022, "x86_64");
    }

    HeaderBlobBuilder string(int tag, String value) {
        entries.add(new Entry(tag, TYPE_STRING, nulTerminated(value), 1, 1));
        return this;
    }

    HeaderBlobBuilder strings(int tag, String... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String v : values) {
            out.writeBytes(nulTerminated(v));
        }
        entries.add(new Entry(tag, TYPE_STRING_ARRAY, out.toByteArray(), values.length, 1));
        return this;
    }

    HeaderBlobBuilder int32s(int tag, int... values) {
        ByteBuffer data = ByteBuffer.allocate(4 * values.length);
        for (int v : values) {
            data.putInt(v);
        }
        entries.add(new Entry(tag, TYPE_INT32, data.array(), values.length, 4));
        return this;
    }

    /** An entry with whatever type, data and count a test wants. */
    HeaderBlobBuilder raw(int tag, int type, byte[] data, int count) {
        entries.add(new Entry(tag, type, data, count, 1));
        return this;
    }

    /** Opens the header with an immutable-region tag (63) and its 16-byte trailer, as installed headers have. */
    HeaderBlobBuilder withRegion() {
        region = true;
        return this;
    }

    byte[] build() {
        List<Entry> all = new ArrayList<>();
        if (region) {
            all.add(new Entry(TAG_HEADER_IMMUTABLE, TYPE_BIN, new byte[16], 16, 1));
        }
        all.addAll(entries);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int[] offsets = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Entry e = all.get(i);
            while (data.size() % e.alignment() != 0) {
                data.write(0);
            }
            offsets[i] = data.size();
            data.writeBytes(e.data());
        }
        byte[] store = data.toByteArray();
        if (region) {
            // the trailer: the region tag again, with minus the size of the region's index
            ByteBuffer.wrap(store, offsets[0], 16).putInt(TAG_HEADER_IMMUTABLE).putInt(TYPE_BIN)
                    .putInt(-16 * all.size()).putInt(16);
        }
        ByteBuffer blob = ByteBuffer.allocate(8 + 16 * all.size() + store.length);
        blob.putInt(all.size()).putInt(store.length);
        for (int i = 0; i < all.size(); i++) {
            Entry e = all.get(i);
            blob.putInt(e.tag()).putInt(e.type()).putInt(offsets[i]).putInt(e.count());
        }
        blob.put(store);
        return blob.array();
    }

    private static byte[] nulTerminated(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, result, 0, bytes.length);
        return result;
    }
}

package dev.rampart.catalog.rpm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes BerkeleyDB hash files the way rpm's {@code Packages} is laid out: metadata page 0, a hash
 * page per package (the first also holding rpm's key-0 counter record), and the package's header
 * blob either inline or in a chain of overflow pages.
 */
final class BerkeleyDbFileBuilder {
    static final int HASH_MAGIC = 0x061561;
    static final int TYPE_OVERFLOW = 7;
    static final int TYPE_HASH = 13;

    private final ByteOrder order;
    private final int pageSize;
    private int hashPageType = TYPE_HASH;
    private boolean inline;

    BerkeleyDbFileBuilder(ByteOrder order, int pageSize) {
        this.order = order;
        this.pageSize = pageSize;
    }

    /** Hash pages of type 2, as BerkeleyDB before 4.6 wrote them. */
    BerkeleyDbFileBuilder unsortedHashPages() {
        hashPageType = 2;
        return this;
    }

    /** Stores values on the hash page itself (only for headers small enough to fit). */
    BerkeleyDbFileBuilder inlineValues() {
        inline = true;
        return this;
    }

    /** Header numbers are 1, 2, ... in the order given. */
    byte[] build(List<byte[]> headers) {
        List<ByteBuffer> pages = new ArrayList<>();
        pages.add(page());
        for (int i = 0; i < headers.size(); i++) {
            int hashPage = pages.size();
            ByteBuffer hash = page();
            pages.add(hash);
            header(hash, hashPage, 0, hashPageType);
            List<byte[]> items = new ArrayList<>();
            if (i == 0) {
                items.add(keyData(new byte[4]));
                items.add(keyData(ByteBuffer.allocate(4).order(order).putInt(headers.size()).array()));
            }
            items.add(keyData(ByteBuffer.allocate(4).order(order).putInt(i + 1).array()));
            byte[] header = headers.get(i);
            items.add(inline ? keyData(header) : offPage(pages, header));
            putItems(hash, items);
        }
        ByteBuffer meta = pages.getFirst();
        meta.putInt(12, HASH_MAGIC).putInt(16, 9).putInt(20, pageSize).put(25, (byte) 8).putInt(32, pages.size() - 1);
        ByteBuffer file = ByteBuffer.allocate(pages.size() * pageSize);
        pages.forEach(p -> file.put(p.array()));
        return file.array();
    }

    private ByteBuffer page() {
        return ByteBuffer.allocate(pageSize).order(order);
    }

    private void header(ByteBuffer page, int number, int next, int type) {
        page.putInt(8, number).putInt(16, next).put(25, (byte) type);
    }

    /** Items packed down from the end of the page, their offsets in the index after the header. */
    private void putItems(ByteBuffer page, List<byte[]> items) {
        int end = pageSize;
        for (int i = 0; i < items.size(); i++) {
            byte[] item = items.get(i);
            int start = end - item.length;
            page.put(start, item);
            page.putShort(26 + 2 * i, (short) start);
            end = start;
        }
        page.putShort(20, (short) items.size()).putShort(22, (short) end);
    }

    private static byte[] keyData(byte[] data) {
        byte[] item = new byte[data.length + 1];
        item[0] = 1;
        System.arraycopy(data, 0, item, 1, data.length);
        return item;
    }

    /** Writes the value into new overflow pages and returns the off-page item pointing at them. */
    private byte[] offPage(List<ByteBuffer> pages, byte[] value) {
        int run = pageSize - 26;
        int first = pages.size();
        for (int pos = 0; pos < value.length; pos += run) {
            int length = Math.min(run, value.length - pos);
            int number = pages.size();
            ByteBuffer page = page();
            header(page, number, pos + length < value.length ? number + 1 : 0, TYPE_OVERFLOW);
            page.putShort(20, (short) 1).putShort(22, (short) length);
            page.put(26, value, pos, length);
            pages.add(page);
        }
        return ByteBuffer.allocate(12).order(order).put(0, (byte) 3).putInt(4, first).putInt(8, value.length).array();
    }
}

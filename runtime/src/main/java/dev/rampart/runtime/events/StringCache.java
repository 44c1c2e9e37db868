package dev.rampart.runtime.events;

import java.util.Arrays;

/**
 * Canonical copies of short strings read from events: process names, users, paths, container ids
 * and the like repeat from one event to the next, so parsed events share one copy instead of each
 * holding its own. That keeps memory per event small and the strings the rules compare hot in the
 * CPU caches, and spares an allocation per value.
 *
 * <p>Direct-mapped and fixed in size ({@value #SIZE} entries, strings of at most {@value #MAX_LENGTH}
 * characters), so hostile input cannot grow it: a new string simply replaces the one in its entry.
 * Shared by all threads without locking; an entry is one immutable object, so a race costs at most
 * a duplicate copy, never a wrong one.
 */
final class StringCache {
    static final int SIZE = 8192;
    static final int MAX_LENGTH = 96;

    /** A cached string and its characters, compared without decoding the string. */
    private record Entry(char[] chars, String string) {}

    private static final Entry[] ENTRIES = new Entry[SIZE];

    private StringCache() {}

    /** The string held by {@code chars[offset .. offset + length)}, from the cache when it was seen before. */
    static String of(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int end = offset + length;
        int slot = hash(chars, offset, end) & (SIZE - 1);
        Entry e = ENTRIES[slot];
        if (e != null && Arrays.equals(e.chars, 0, e.chars.length, chars, offset, end)) {
            return e.string;
        }
        char[] copy = Arrays.copyOfRange(chars, offset, end);
        String s = new String(copy);
        ENTRIES[slot] = new Entry(copy, s);
        return s;
    }

    /** Length and up to 16 characters, the first and last 8: enough to tell event values apart. */
    private static int hash(char[] chars, int from, int end) {
        int h = end - from;
        if (end - from <= 16) {
            for (int i = from; i < end; i++) {
                h = 31 * h + chars[i];
            }
        } else {
            for (int i = from; i < from + 8; i++) {
                h = 31 * h + chars[i];
            }
            for (int i = end - 8; i < end; i++) {
                h = 31 * h + chars[i];
            }
        }
        return h ^ (h >>> 13);
    }
}

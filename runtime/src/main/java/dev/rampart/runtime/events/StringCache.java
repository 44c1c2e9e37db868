package dev.rampart.runtime.events;

import java.util.Arrays;

/**
 * Canonical copies of short strings (and numbers) read from events: process names, users, paths, container ids
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

    private static final int SMALL_LONGS = 4096;
    private static final Long[] LONGS = new Long[SMALL_LONGS];

    static {
        for (int i = 0; i < SMALL_LONGS; i++) {
            LONGS[i] = (long) i;
        }
    }

    /**
     * The boxed value; numbers from 0 to 4095 (fds, uids, well-known ports, result codes) are boxed
     * once, up front, and shared. The table is never written afterwards: storing each new box into a
     * long-lived table costs the garbage collector's write barrier more than the box itself.
     */
    static Long of(long v) {
        return v >= 0 && v < SMALL_LONGS ? LONGS[(int) v] : Long.valueOf(v);
    }

    /**
     * A hash of the length and of twelve characters (the first, middle and last four), packed into
     * words and mixed with multiplications that do not wait on each other: enough to tell event
     * values and keys apart, and far quicker than a hash over every character.
     */
    static int hash(char[] chars, int from, int end) {
        int n = end - from;
        if (n < 4) {
            long h = n;
            for (int i = from; i < end; i++) {
                h = h << 16 | chars[i];
            }
            return mix(h * 0x9E3779B97F4A7C15L);
        }
        long first = word(chars, from);
        long middle = word(chars, from + (n >> 1) - 2);
        long last = word(chars, end - 4);
        return mix(first * 0x9E3779B97F4A7C15L ^ middle * 0xC2B2AE3D27D4EB4FL ^ last * 0x165667B19E3779F9L ^ n);
    }

    private static long word(char[] c, int i) {
        return (long) c[i] << 48 | (long) c[i + 1] << 32 | (long) c[i + 2] << 16 | c[i + 3];
    }

    private static int mix(long h) {
        return (int) (h ^ h >>> 29 ^ h >>> 47);
    }
}

package dev.rampart.runtime.condition;

import java.util.Collection;

/**
 * An immutable set of strings for the {@code in} lists of conditions, some hundreds of names long:
 * open addressing with linear probing over parallel arrays of hashes and keys, at most half full,
 * so a miss (the common case: a benign process name) usually costs one hash and one array read,
 * with no node to follow as in {@link java.util.HashSet}.
 */
final class StringSet {
    private final int[] hashes;
    private final String[] keys;
    private final int mask;
    private final int shift;

    private StringSet(Collection<String> items) {
        int capacity = Integer.highestOneBit(Math.max(4, items.size() * 2 - 1)) << 1;
        hashes = new int[capacity];
        keys = new String[capacity];
        mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
        for (String s : items) {
            add(s);
        }
    }

    static StringSet of(Collection<String> items) {
        return new StringSet(items);
    }

    private void add(String s) {
        int h = s.hashCode();
        int i = index(h);
        while (keys[i] != null) {
            if (hashes[i] == h && keys[i].equals(s)) {
                return;
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        keys[i] = s;
    }

    boolean contains(String s) {
        int h = s.hashCode();
        int i = index(h);
        String k;
        while ((k = keys[i]) != null) {
            if (hashes[i] == h && k.equals(s)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Fibonacci hashing: the top bits of the hash times 2^32/phi, well spread even for similar names. */
    private int index(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}

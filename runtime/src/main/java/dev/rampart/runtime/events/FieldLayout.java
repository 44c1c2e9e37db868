package dev.rampart.runtime.events;

import java.util.Arrays;

/**
 * Which fields a {@link FieldMapEvent} has and where each value sits in its array. Events from one
 * stream mostly have the same keys in the same order, so they share a layout and each stores only
 * its own values, densely: a couple of cache lines per event instead of one slot for every field
 * any rule reads. Layouts are interned in a small direct-mapped table; an evicted layout is simply
 * made again.
 */
final class FieldLayout {
    private static final int CACHE_SIZE = 256;
    private static final FieldLayout[] CACHE = new FieldLayout[CACHE_SIZE];

    /** The slots present, in the order of the values array. */
    private final int[] slots;
    /** By slot number: the position of its value, or -1; as long as the highest slot present plus one. */
    private final int[] positions;
    private final int hash;

    private FieldLayout(int[] slots, int hash) {
        this.slots = slots;
        this.hash = hash;
        int max = -1;
        for (int s : slots) {
            max = Math.max(max, s);
        }
        positions = new int[max + 1];
        Arrays.fill(positions, -1);
        for (int i = 0; i < slots.length; i++) {
            positions[slots[i]] = i;
        }
    }

    /** The layout of the first {@code n} slots of {@code order} (distinct). */
    static FieldLayout of(int[] order, int n) {
        int h = n;
        for (int i = 0; i < n; i++) {
            h = 31 * h + order[i];
        }
        int at = (h ^ h >>> 16) & (CACHE_SIZE - 1);
        FieldLayout cached = CACHE[at];
        if (cached != null && cached.hash == h && Arrays.equals(cached.slots, 0, cached.slots.length, order, 0, n)) {
            return cached;
        }
        FieldLayout made = new FieldLayout(Arrays.copyOf(order, n), h);
        CACHE[at] = made;
        return made;
    }

    /** The position of a slot's value, or -1 when the event has no value there. */
    int position(int slot) {
        return slot >= 0 && slot < positions.length ? positions[slot] : -1;
    }

    int size() {
        return slots.length;
    }

    int slot(int position) {
        return slots[position];
    }
}

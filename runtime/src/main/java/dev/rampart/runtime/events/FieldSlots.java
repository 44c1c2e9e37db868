package dev.rampart.runtime.events;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Dense numbers for field keys ({@code proc.name}, {@code proc.aname[2]}) so a field-map event
 * stores its values in an array and a compiled check reads one by index.
 */
public final class FieldSlots {
    private static final ConcurrentHashMap<String, Integer> SLOTS = new ConcurrentHashMap<>();
    private static volatile String[] keys = new String[64];
    /** Written only under the class lock (in {@link #allocate}); read without it. */
    private static volatile int next;

    private FieldSlots() {}

    /** The slot of a key, allocated on first use. */
    public static int slotOf(String key) {
        Integer s = SLOTS.get(key);
        return s != null ? s : allocate(key);
    }

    private static synchronized int allocate(String key) {
        Integer s = SLOTS.get(key);
        if (s != null) {
            return s;
        }
        int slot = next++;
        if (slot >= keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[slot] = key;
        SLOTS.put(key, slot);
        return slot;
    }

    /** The slot of a key if it was ever allocated, else -1. */
    public static int existingSlot(String key) {
        Integer s = SLOTS.get(key);
        return s == null ? -1 : s;
    }

    public static int size() {
        return next;
    }

    /** The key of a slot. */
    public static String keyOf(int slot) {
        return keys[slot];
    }

    /** The canonical key of a field with an optional argument: {@code name} or {@code name[arg]}. */
    public static String key(String name, @Nullable String arg) {
        return arg == null ? name : name + "[" + arg + "]";
    }
}

package dev.rampart.runtime.events;

import dev.rampart.runtime.fields.EventTypes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A syscall event as a map from Falco field keys to values, stored by {@link FieldSlots} slot:
 * {@code {"evt.type": "openat", "proc.name": "cat", "fd.name": "/etc/passwd"}}. An absent key means
 * the field has no value.
 */
public final class FieldMapEvent implements Event {
    private static final Object[] EMPTY = new Object[0];

    private final String source;
    private final FieldLayout layout;
    /** The values, dense, in the order of the layout's slots. */
    private final Object[] values;
    private final int typeIndex;
    private final long timestamp;
    private final boolean enter;

    private FieldMapEvent(String source, FieldLayout layout, Object[] values) {
        this.source = source;
        this.layout = layout;
        this.values = values;
        Object type = valueAt(FieldMapFields.EVT_TYPE);
        this.typeIndex = type instanceof String s ? EventTypes.syscall().indexOf(s) : -1;
        Object ts = valueAt(FieldMapFields.EVT_RAWTIME);
        this.timestamp = ts instanceof Long l ? l : ts instanceof String s ? parseLong(s) : 0L;
        this.enter = ">".equals(valueAt(FieldMapFields.EVT_DIR));
    }

    /** An event from a map of field keys to values (String, Long, Boolean or a List of those). */
    public static FieldMapEvent of(String source, Map<String, ?> fields) {
        Builder b = builder(source);
        fields.forEach(b::put);
        return b.build();
    }

    public static Builder builder(String source) {
        return new Builder(source);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public int typeIndex() {
        return typeIndex;
    }

    @Override
    public long timestampNanos() {
        return timestamp;
    }

    @Override
    public boolean isEnter() {
        return enter;
    }

    /** The value stored under a slot, or null. */
    public @Nullable Object valueAt(int slot) {
        int i = layout.position(slot);
        return i < 0 ? null : values[i];
    }

    /** The value of a field key, or null. */
    public @Nullable Object value(String key) {
        return valueAt(FieldSlots.existingSlot(key));
    }

    /** The stored fields, sorted by key (for display and tests). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(FieldSlots.keyOf(layout.slot(i)), values[i]);
        }
        return m;
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    /** Collects values by key, then freezes them. */
    public static final class Builder {
        private final String source;
        /** Values by slot while collecting. */
        private Object[] bySlot = EMPTY;
        /** The slots given a value, in the order they were first given one. */
        private int[] order = new int[32];
        private int count;

        private Builder(String source) {
            this.source = source;
        }

        public Builder put(String key, @Nullable Object value) {
            return putSlot(FieldSlots.slotOf(key), value);
        }

        /** Sets a slot's value; a later value replaces an earlier one, and null leaves the slot as it was. */
        public Builder putSlot(int slot, @Nullable Object value) {
            if (value == null) {
                return this;
            }
            if (slot >= bySlot.length) {
                bySlot = Arrays.copyOf(bySlot, Math.max(slot + 1, FieldSlots.size()));
            }
            if (bySlot[slot] == null) {
                if (count == order.length) {
                    order = Arrays.copyOf(order, count * 2);
                }
                order[count++] = slot;
            }
            bySlot[slot] = value;
            return this;
        }

        public FieldMapEvent build() {
            FieldLayout layout = FieldLayout.of(order, count);
            Object[] values = new Object[count];
            for (int i = 0; i < count; i++) {
                values[i] = bySlot[order[i]];
            }
            return new FieldMapEvent(source, layout, values);
        }
    }
}

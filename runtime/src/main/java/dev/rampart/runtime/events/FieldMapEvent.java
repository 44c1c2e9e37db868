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
    private final Object[] values;
    private final int typeIndex;
    private final long timestamp;
    private final boolean enter;

    private FieldMapEvent(String source, Object[] values) {
        this.source = source;
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
        return slot >= 0 && slot < values.length ? values[slot] : null;
    }

    /** The value of a field key, or null. */
    public @Nullable Object value(String key) {
        return valueAt(FieldSlots.existingSlot(key));
    }

    /** The stored fields, sorted by key (for display and tests). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new TreeMap<>();
        FieldSlots.forEach(values, m::put);
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
        private Object[] values = EMPTY;

        private Builder(String source) {
            this.source = source;
        }

        public Builder put(String key, @Nullable Object value) {
            return putSlot(FieldSlots.slotOf(key), value);
        }

        public Builder putSlot(int slot, @Nullable Object value) {
            if (value == null) {
                return this;
            }
            if (slot >= values.length) {
                values = Arrays.copyOf(values, Math.max(slot + 1, FieldSlots.size()));
            }
            values[slot] = value;
            return this;
        }

        public FieldMapEvent build() {
            return new FieldMapEvent(source, values);
        }
    }
}

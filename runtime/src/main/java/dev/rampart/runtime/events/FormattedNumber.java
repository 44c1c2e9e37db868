package dev.rampart.runtime.events;

import org.jspecify.annotations.Nullable;

/**
 * A raw event argument that compares as its number but prints in its parameter's print format, as
 * libsinsp prints {@code evt.rawarg.flags} of a {@code PF_HEX} parameter: 512 renders {@code 200}.
 */
public final class FormattedNumber extends Number {
    private static final long serialVersionUID = 1L;

    private final long value;
    private final String text;

    public FormattedNumber(long value, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("formatted number " + value + " needs a text");
        }
        this.value = value;
        this.text = text;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FormattedNumber f && f.value == value && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value) * 31 + text.hashCode();
    }

    /** The printed form. */
    @Override
    public String toString() {
        return text;
    }
}

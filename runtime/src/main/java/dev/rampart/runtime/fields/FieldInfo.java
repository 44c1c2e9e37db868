package dev.rampart.runtime.fields;

import java.util.Objects;

/**
 * One row of the field table.
 *
 * @param name the field name, as written in conditions ({@code proc.aname})
 * @param type the type of its value
 * @param arg whether an argument ({@code proc.aname[2]}, {@code evt.arg.fd}) is required, allowed or not accepted
 * @param indexArg the argument may be a position ({@code [2]})
 * @param keyArg the argument may be a name ({@code [HOME]})
 * @param dotArg the argument may also be written after a dot ({@code evt.arg.fd})
 * @param list the field can hold several values at once
 * @param filterOnly usable in conditions only, not in outputs nor in {@code val()}
 * @param deprecated still accepted, but its use is reported
 * @param description one line for {@code rampart runtime fields}
 */
public record FieldInfo(String name, FieldType type, ArgMode arg, boolean indexArg, boolean keyArg, boolean dotArg,
        boolean list, boolean filterOnly, boolean deprecated, String description) {

    /** Whether a field takes an argument. */
    public enum ArgMode { NONE, ALLOWED, REQUIRED }

    public FieldInfo {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.indexOf('.') < 0) {
            throw new IllegalArgumentException("field name must be class.name, got '" + name + "'");
        }
    }
}

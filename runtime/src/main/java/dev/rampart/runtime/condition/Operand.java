package dev.rampart.runtime.condition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One side of a check: a field, a transformer applied to operands, a literal value or a list of values. */
public sealed interface Operand permits Operand.Field, Operand.Transform, Operand.Value, Operand.ValueList,
        Operand.ArgList {

    Pos pos();

    /** {@code proc.aname[2]}: a field name and its optional argument. */
    record Field(String name, @Nullable String arg, Pos pos) implements Operand {
        @Override
        public String toString() {
            return arg == null ? name : name + "[" + arg + "]";
        }
    }

    /**
     * {@code tolower(x)}, {@code val(x)}, {@code join("-", (a, b))}: a transformer name, its operands
     * in order, and an optional field argument written after the closing parenthesis (which only
     * the compiler rejects, as Falco does).
     */
    record Transform(String name, List<Operand> args, @Nullable String fieldArg, Pos pos) implements Operand {
        public Transform {
            args = List.copyOf(args);
        }
    }

    /** A literal: a bare word, a number or a quoted string (already unescaped). */
    record Value(String text, boolean quoted, Pos pos) implements Operand {}

    /**
     * {@code (fd.name, "-", toupper(proc.name))}: a list given to a transformer, whose items are fields,
     * transformers and literals ({@code join}'s values, {@code getopt}'s arguments).
     */
    record ArgList(List<Operand> items, Pos pos) implements Operand {
        public ArgList {
            items = List.copyOf(items);
        }
    }

    /** {@code (a, 'b', c)}. */
    record ValueList(List<Value> items, Pos pos) implements Operand {
        public ValueList {
            items = List.copyOf(items);
        }
    }
}

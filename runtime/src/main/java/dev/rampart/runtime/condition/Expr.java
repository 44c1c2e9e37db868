package dev.rampart.runtime.condition;

import java.util.List;

/**
 * A boolean node of a condition. Every node keeps the position where it starts in the condition
 * string it was parsed from.
 */
public sealed interface Expr permits Expr.And, Expr.Or, Expr.Not, Expr.MacroRef, Expr.Unary, Expr.Binary {

    Pos pos();

    /** {@code a and b and ...}: two or more children. */
    record And(List<Expr> children, Pos pos) implements Expr {
        public And {
            children = List.copyOf(children);
        }
    }

    /** {@code a or b or ...}: two or more children. */
    record Or(List<Expr> children, Pos pos) implements Expr {
        public Or {
            children = List.copyOf(children);
        }
    }

    /** {@code not a}. */
    record Not(Expr child, Pos pos) implements Expr {}

    /** A bare identifier: a reference to a macro, resolved after parsing. */
    record MacroRef(String name, Pos pos) implements Expr {}

    /** {@code field exists}. */
    record Unary(Operand left, String op, Pos pos) implements Expr {}

    /**
     * {@code left op right}, where {@code right} is a value, a list, a list name or a transformed
     * field. {@code modifier} is {@code oneof}, {@code anyof} or {@code allof} when the right side is
     * a list applied element by element with a scalar operator, otherwise {@link ListModifier#NONE}.
     */
    record Binary(Operand left, String op, ListModifier modifier, Operand right, Pos pos) implements Expr {}

    /** How a scalar operator applies to a list on its right. */
    enum ListModifier { NONE, ONEOF, ANYOF, ALLOF }
}

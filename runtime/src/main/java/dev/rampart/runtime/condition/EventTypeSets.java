package dev.rampart.runtime.condition;

import dev.rampart.runtime.fields.EventTypes;
import java.util.BitSet;
import java.util.List;

/**
 * The event types a condition can match, read from its {@code evt.type} checks the way Falco does:
 * {@code and} intersects, {@code or} unites, {@code not} complements through De Morgan, and any
 * other check leaves every type possible. The rule index uses it; so does the warning for rules
 * that match too many event types.
 */
public final class EventTypeSets {
    private EventTypeSets() {}

    public static BitSet of(Expr e, EventTypes types) {
        return types.isEmpty() ? new BitSet() : walk(e, false, types);
    }

    private static BitSet walk(Expr e, boolean negated, EventTypes types) {
        return switch (e) {
            case Expr.And a -> combine(a.children(), negated, !negated, types);
            case Expr.Or o -> combine(o.children(), negated, negated, types);
            case Expr.Not n -> walk(n.child(), !negated, types);
            case Expr.MacroRef m -> types.all();
            case Expr.Unary u -> types.all();
            case Expr.Binary b -> check(b, negated, types);
        };
    }

    private static BitSet combine(List<Expr> children, boolean negated, boolean intersect, EventTypes types) {
        BitSet acc = intersect ? types.all() : new BitSet();
        for (Expr c : children) {
            BitSet s = walk(c, negated, types);
            if (intersect) {
                acc.and(s);
            } else {
                acc.or(s);
            }
        }
        return acc;
    }

    private static BitSet check(Expr.Binary b, boolean negated, EventTypes types) {
        if (!(b.left() instanceof Operand.Field f) || !f.name().equals("evt.type") || f.arg() != null) {
            return types.all();
        }
        BitSet named = new BitSet();
        switch (b.right()) {
            case Operand.Value v -> mark(named, v.text(), types);
            case Operand.ValueList l -> l.items().forEach(v -> mark(named, v.text(), types));
            case Operand.Field x -> {
                return types.all();
            }
            case Operand.Transform x -> {
                return types.all();
            }
            case Operand.ArgList x -> {
                return types.all();
            }
        }
        if (!List.of("=", "==", "in", "intersects", "!=").contains(b.op())) {
            return types.all();
        }
        boolean positive = !b.op().equals("!=");
        if (positive == negated) {
            BitSet all = types.all();
            all.andNot(named);
            return all;
        }
        return named;
    }

    private static void mark(BitSet set, String name, EventTypes types) {
        int i = types.indexOf(name);
        if (i >= 0) {
            set.set(i);
        }
    }
}

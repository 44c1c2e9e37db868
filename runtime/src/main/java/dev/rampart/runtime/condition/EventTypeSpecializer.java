package dev.rampart.runtime.condition;

import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.events.FieldMapEvent;
import dev.rampart.runtime.events.FieldSlots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A condition as it reads for events of one known type. The engine gives an event only to the rules
 * of its type, so within that list {@code evt.type} is known: every check that reads nothing but
 * {@code evt.type} ({@code evt.type in (open, openat, openat2)}, {@code evt.type != execve}) has a
 * fixed answer, and the {@code and}, {@code or} and {@code not} around it simplify. For an
 * {@code openat} event, {@code open_read} then starts at {@code evt.is_open_read=true}.
 *
 * <p>Only checks are dropped, never reordered, and a check with a fixed answer has no effect but
 * its answer, so the result for every event of that type is the same as the whole condition's.
 */
public final class EventTypeSpecializer {
    private static final int EVT_TYPE = FieldSlots.slotOf("evt.type");

    private EventTypeSpecializer() {}

    /** The condition {@code p} for syscall events whose {@code evt.type} is {@code type}. */
    public static Predicate forType(Predicate p, String type) {
        Event probe = FieldMapEvent.of("syscall", Map.of("evt.type", type));
        Predicate s = simplify(p, probe);
        return s == null ? p : s;
    }

    /** Whether a specialized condition can never match (its {@code evt.type} checks rule the type out). */
    public static boolean never(Predicate p) {
        return p instanceof Constant c && !c.value();
    }

    /** The simplified tree, a {@link Constant} when its value is fixed, or null when nothing changed. */
    private static @Nullable Predicate simplify(Predicate p, Event probe) {
        return switch (p) {
            case Logic.And a -> sequence(a.children(), probe, false);
            case Logic.Or o -> sequence(o.children(), probe, true);
            case Logic.Not n -> {
                Predicate c = simplify(n.child(), probe);
                yield c == null ? null : c instanceof Constant k ? Constant.of(!k.value()) : new Logic.Not(c);
            }
            default -> readsOnlyEventType(p) ? Constant.of(p.test(probe)) : null;
        };
    }

    /**
     * An {@code and} ({@code decisive} false) or {@code or} ({@code decisive} true): children with
     * the non-decisive constant value drop out; a child with the decisive one decides the node, and
     * since checks have no side effects, dropping the children after it changes nothing.
     */
    private static @Nullable Predicate sequence(Predicate[] children, Event probe, boolean decisive) {
        List<Predicate> kept = new ArrayList<>(children.length);
        boolean changed = false;
        for (Predicate c : children) {
            Predicate s = simplify(c, probe);
            if (s == null) {
                kept.add(c);
                continue;
            }
            changed = true;
            if (s instanceof Constant k) {
                if (k.value() == decisive) {
                    return k;
                }
                continue;
            }
            kept.add(s);
        }
        if (!changed) {
            return null;
        }
        if (kept.isEmpty()) {
            return Constant.of(!decisive);
        }
        if (kept.size() == 1) {
            return kept.get(0);
        }
        Predicate[] ps = kept.toArray(Predicate[]::new);
        return decisive ? new Logic.Or(ps) : new Logic.And(ps);
    }

    private static boolean readsOnlyEventType(Predicate p) {
        return switch (p) {
            case FusedChecks.StrEq c -> c.slot() == EVT_TYPE;
            case FusedChecks.StrNe c -> c.slot() == EVT_TYPE;
            case FusedChecks.StrIn c -> c.slot() == EVT_TYPE;
            default -> false;
        };
    }

    /** A check whose answer is known. */
    record Constant(boolean value) implements Predicate {
        private static final Constant TRUE = new Constant(true);
        private static final Constant FALSE = new Constant(false);

        static Constant of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public boolean test(Event e) {
            return value;
        }
    }
}

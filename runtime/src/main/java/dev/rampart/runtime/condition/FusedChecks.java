package dev.rampart.runtime.condition;

import dev.rampart.runtime.events.FieldMapEvent;
import dev.rampart.runtime.fields.FieldType.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The hottest check shapes on stored field-map values ({@code =}, {@code !=}, {@code in},
 * {@code startswith}, {@code endswith}, {@code contains} on strings; comparisons on numbers;
 * {@code =} on booleans) as one class each, so a check is one call instead of three. Semantics are
 * those of {@link Checks}: no value means false.
 */
final class FusedChecks {
    private FusedChecks() {}

    static @Nullable Predicate of(int slot, Kind kind, Op op, List<Operand.Value> items) {
        if (kind == Kind.STRING && (op.takesList() || items.size() == 1)) {
            String k = items.isEmpty() ? "" : items.get(0).text();
            return switch (op) {
                case EQ -> new StrEq(slot, k);
                case NE -> new StrNe(slot, k);
                case STARTSWITH -> new StrStarts(slot, k);
                case ENDSWITH -> new StrEnds(slot, k);
                case CONTAINS -> new StrContains(slot, k);
                case IN, INTERSECTS -> {
                    List<String> names = new ArrayList<>(items.size());
                    items.forEach(v -> names.add(v.text()));
                    yield new StrIn(slot, StringSet.of(names));
                }
                default -> null;
            };
        }
        if (kind == Kind.NUMBER && items.size() == 1 && !op.takesList()) {
            Long k;
            try {
                k = (Long) Values.parseLiteral(dev.rampart.runtime.fields.FieldType.INT64, items.get(0).text(), op);
            } catch (IllegalArgumentException e) {
                return null;
            }
            return switch (op) {
                case EQ, NE, LT, LE, GT, GE -> new NumCmp(slot, op, k);
                default -> null;
            };
        }
        if (kind == Kind.BOOL && op == Op.EQ && items.size() == 1) {
            String t = items.get(0).text();
            return t.equals("true") || t.equals("false") ? new BoolEq(slot, Boolean.parseBoolean(t)) : null;
        }
        return null;
    }

    private static @Nullable String str(Object v) {
        return v == null ? null : v instanceof String s ? s : Values.toStr(v);
    }

    record StrEq(int slot, String k) implements Predicate {
        @Override
        public boolean test(dev.rampart.runtime.events.Event e) {
            String s = str(((FieldMapEvent) e).valueAt(slot));
            return s != null && k.equals(s);
        }
    }

    record StrNe(int slot, String k) implements Predicate {
        @Override
        public boolean test(dev.rampart.runtime.events.Event e) {
            String s = str(((FieldMapEvent) e).valueAt(slot));
            return s != null && !k.equals(s);
        }
    }

    record StrStarts(int slot, String k) implements Predicate {
        @Override
        public boolean test(dev.rampart.runtime.events.Event e) {
            String s = str(((FieldMapEvent) e).valueAt(slot));
            return s != null && s.startsWith(k);
        }
    }

    record StrEnds(int slot, String k) implements Predicate {
        @Override
        public boolean test(dev.rampart.runtime.events.Event e) {
            String s = str(((FieldMapEvent) e).valueAt(slot));
            return s != null && s.endsWith(k);
        }
    }

    record StrContains(int slot, String k) implements Predicate {
        @Override
        public boolean test(dev.rampart.runtime.events.Event e) {
            String s = str(((FieldMapEvent) e).valueAt(slot));
            return s != null && s.contains(k);
        }
    }

    record StrIn(int slot, StringSet set) implements Predicate {
        @Override
        public boolean test(dev.rampart.runtime.events.Event e) {
            Object v = ((FieldMapEvent) e).valueAt(slot);
            if (v instanceof List<?> l) {
                for (Object x : l) {
                    if (set.contains(Values.toStr(x))) {
                        return true;
                    }
                }
                return false;
            }
            String s = str(v);
            return s != null && set.contains(s);
        }
    }

    record NumCmp(int slot, Op op, long k) implements Predicate {
        @Override
        public boolean test(dev.rampart.runtime.events.Event e) {
            Object v = ((FieldMapEvent) e).valueAt(slot);
            if (v == null) {
                return false;
            }
            Long x = v instanceof Long l ? l : Values.toLong(v);
            if (x == null) {
                return false;
            }
            long n = x;
            return switch (op) {
                case EQ -> n == k;
                case NE -> n != k;
                case LT -> n < k;
                case LE -> n <= k;
                case GT -> n > k;
                case GE -> n >= k;
                default -> false;
            };
        }
    }

    record BoolEq(int slot, boolean k) implements Predicate {
        @Override
        public boolean test(dev.rampart.runtime.events.Event e) {
            Object v = ((FieldMapEvent) e).valueAt(slot);
            Boolean b = v == null ? null : v instanceof Boolean x ? x : Values.toBool(v);
            return b != null && b == k;
        }
    }
}

package dev.rampart.runtime.condition;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.rampart.runtime.fields.FieldType.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the test of one event value against compiled constants, specialised by operator and
 * value kind so nothing is decided per event beyond the comparison itself.
 */
final class Checks {
    private Checks() {}

    /** A test of one (non-null, single) event value. */
    @FunctionalInterface
    interface ValueTest {
        boolean test(Object value);
    }

    static ValueTest scalar(Op op, Kind kind, Object constant) {
        return switch (kind) {
            case NUMBER -> number(op, (Long) constant);
            case BOOL -> bool(op, (Boolean) constant);
            case IPADDR -> ip(op, (byte[]) constant);
            case IPNET -> net(op, (Values.Cidr) constant);
            case STRING, BYTES -> string(op, (String) constant);
            case DYNAMIC -> dynamic(op, (String) constant);
        };
    }

    private static ValueTest number(Op op, long k) {
        return switch (op) {
            case EQ -> v -> { Long x = Values.toLong(v); return x != null && x == k; };
            case NE -> v -> { Long x = Values.toLong(v); return x != null && x != k; };
            case LT -> v -> { Long x = Values.toLong(v); return x != null && x < k; };
            case LE -> v -> { Long x = Values.toLong(v); return x != null && x <= k; };
            case GT -> v -> { Long x = Values.toLong(v); return x != null && x > k; };
            case GE -> v -> { Long x = Values.toLong(v); return x != null && x >= k; };
            default -> throw unsupported(op, Kind.NUMBER);
        };
    }

    private static ValueTest bool(Op op, boolean k) {
        return switch (op) {
            case EQ -> v -> { Boolean x = Values.toBool(v); return x != null && x == k; };
            case NE -> v -> { Boolean x = Values.toBool(v); return x != null && x != k; };
            default -> throw unsupported(op, Kind.BOOL);
        };
    }

    private static ValueTest ip(Op op, byte[] k) {
        return switch (op) {
            case EQ -> v -> Values.sameIp(v, k) == 1;
            case NE -> v -> Values.sameIp(v, k) == 0;
            default -> throw unsupported(op, Kind.IPADDR);
        };
    }

    private static ValueTest net(Op op, Values.Cidr k) {
        return switch (op) {
            case EQ -> v -> Values.inNet(v, k) == 1;
            case NE -> v -> Values.inNet(v, k) == 0;
            default -> throw unsupported(op, Kind.IPNET);
        };
    }

    private static ValueTest string(Op op, String k) {
        return switch (op) {
            case EQ -> v -> k.equals(Values.toStr(v));
            case NE -> v -> !k.equals(Values.toStr(v));
            case LT -> v -> Values.toStr(v).compareTo(k) < 0;
            case LE -> v -> Values.toStr(v).compareTo(k) <= 0;
            case GT -> v -> Values.toStr(v).compareTo(k) > 0;
            case GE -> v -> Values.toStr(v).compareTo(k) >= 0;
            case CONTAINS, BCONTAINS -> v -> Values.toStr(v).contains(k);
            case ICONTAINS -> {
                String lower = k.toLowerCase(Locale.ROOT);
                yield v -> Values.toStr(v).toLowerCase(Locale.ROOT).contains(lower);
            }
            case STARTSWITH, BSTARTSWITH -> v -> Values.toStr(v).startsWith(k);
            case ENDSWITH -> v -> Values.toStr(v).endsWith(k);
            case GLOB -> v -> Glob.matches(k, Values.toStr(v));
            case IGLOB -> {
                String lower = k.toLowerCase(Locale.ROOT);
                yield v -> Glob.matches(lower, Values.toStr(v).toLowerCase(Locale.ROOT));
            }
            case REGEX -> {
                Pattern p = regex(k);
                yield v -> p.matches(Values.toStr(v));
            }
            case PMATCH -> {
                PathPrefixPattern prefixes = PathPrefixPattern.of(List.of(k));
                yield v -> prefixes.matches(Values.toStr(v));
            }
            case IN, INTERSECTS, EXISTS -> throw unsupported(op, Kind.STRING);
        };
    }

    /** Raw arguments: compared as numbers when both sides read as numbers, else as text. */
    private static ValueTest dynamic(Op op, String k) {
        Long kn = Values.toLong(k);
        ValueTest text = string(op, k);
        if (kn == null || !(op == Op.EQ || op == Op.NE || op == Op.LT || op == Op.LE || op == Op.GT || op == Op.GE)) {
            return text;
        }
        ValueTest numeric = number(op, kn);
        return v -> v instanceof Number ? numeric.test(v) : text.test(v);
    }

    /** Membership in a list of constants ({@code in}, {@code intersects}, {@code pmatch}). */
    static ValueTest member(Op op, Kind kind, List<Object> constants) {
        if (op == Op.PMATCH) {
            List<String> texts = new ArrayList<>();
            constants.forEach(c -> texts.add(Values.toStr(c)));
            PathPrefixPattern prefixes = PathPrefixPattern.of(texts);
            return v -> prefixes.matches(Values.toStr(v));
        }
        return switch (kind) {
            case NUMBER -> {
                Set<Long> set = new HashSet<>();
                constants.forEach(c -> set.add((Long) c));
                yield v -> { Long x = Values.toLong(v); return x != null && set.contains(x); };
            }
            case BOOL -> {
                Set<Boolean> set = new HashSet<>();
                constants.forEach(c -> set.add((Boolean) c));
                yield v -> { Boolean x = Values.toBool(v); return x != null && set.contains(x); };
            }
            case IPADDR -> {
                byte[][] ips = constants.toArray(byte[][]::new);
                yield v -> {
                    for (byte[] ip : ips) {
                        int r = Values.sameIp(v, ip);
                        if (r != 0) {
                            return r == 1;
                        }
                    }
                    return false;
                };
            }
            case IPNET -> {
                Values.Cidr[] nets = constants.toArray(Values.Cidr[]::new);
                yield v -> Values.inAnyNet(v, nets);
            }
            case STRING, BYTES, DYNAMIC -> {
                List<String> names = new ArrayList<>(constants.size());
                constants.forEach(c -> names.add(Values.toStr(c)));
                StringSet set = StringSet.of(names);
                yield v -> set.contains(Values.toStr(v));
            }
        };
    }

    static Pattern regex(String k) {
        try {
            return Pattern.compile(k);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression '" + k + "': " + e.getDescription());
        }
    }

    private static IllegalArgumentException unsupported(Op op, Kind kind) {
        return new IllegalArgumentException("operator '" + op.token() + "' is not supported on " + kind.name().toLowerCase(Locale.ROOT) + " values");
    }
}

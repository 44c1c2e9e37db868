package dev.rampart.vulndb.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maven versions, ordered as Maven 3.9's {@code ComparableVersion} orders them (Gradle agrees for
 * released versions).
 *
 * <p>The version is lower-cased and read into a list of items: {@code .} separates items, {@code -}
 * opens a nested list, and a change between letters and digits separates too, opening a nested list
 * when a number follows letters ({@code 1.0alpha1 = [1, 0, alpha, [1]]}) and when letters follow a
 * number ({@code 1.0.0.x1} reads {@code .x} as {@code -x}). Trailing zeros and release qualifiers are
 * dropped from each list, so {@code 1 = 1.0 = 1.0.0 = 1-ga = 1.final = 1.release}.
 *
 * <p>Items compare: numbers by value; qualifiers {@code alpha < beta < milestone < rc = cr < snapshot
 * < "" = ga = final = release < sp}, and {@code a1}, {@code b1}, {@code m1} mean alpha, beta, milestone;
 * unknown qualifiers come after {@code sp}, in lexical order. A number beats a nested list, which
 * beats a qualifier; a missing item compares as a number 0 or the release qualifier, so
 * {@code 1-rc1 < 1 < 1-sp < 1-1 < 1.1}.
 *
 * <p>Maven accepts any text; this scheme refuses only the empty string and blanks.
 */
public final class Maven implements VersionScheme {
    public static final Maven INSTANCE = new Maven();

    private static final List<String> QUALIFIERS = List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");
    private static final Map<String, String> ALIASES = Map.of("ga", "", "final", "", "release", "", "cr", "rc");
    private static final int RELEASE = QUALIFIERS.indexOf("");

    private Maven() {}

    @Override
    public String name() {
        return "Maven";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        return new ParsedVersion(this, version, new Reader(version.toLowerCase(Locale.ROOT)).read());
    }

    /** One item of a version: a number, a qualifier or a nested list. */
    private sealed interface Item permits Num, Qualifier, Items {
        /** Whether normalisation drops this item at the end of a list: 0, the release qualifier, []. */
        boolean isNull();
    }

    private record Num(BigInteger value) implements Item {
        @Override
        public boolean isNull() {
            return value.signum() == 0;
        }
    }

    /**
     * A qualifier with the key Maven sorts it by: the index of a known qualifier, or
     * {@code "7-" + text} for an unknown one, compared as strings.
     */
    private record Qualifier(String sortKey) implements Item {
        static Qualifier of(String text, boolean followedByDigit) {
            String value = text;
            if (followedByDigit && text.length() == 1) {
                value = switch (text.charAt(0)) {
                    case 'a' -> "alpha";
                    case 'b' -> "beta";
                    case 'm' -> "milestone";
                    default -> text;
                };
            }
            value = ALIASES.getOrDefault(value, value);
            int known = QUALIFIERS.indexOf(value);
            return new Qualifier(known >= 0 ? String.valueOf(known) : QUALIFIERS.size() + "-" + value);
        }

        @Override
        public boolean isNull() {
            return sortKey.equals(String.valueOf(RELEASE));
        }
    }

    private record Items(List<Item> items) implements Item, Comparable<Items> {
        @Override
        public boolean isNull() {
            return items.isEmpty();
        }

        @Override
        public int compareTo(Items o) {
            return compare(this, o);
        }
    }

    /** Compares two items, either of which may be missing (past the end of its list). */
    private static int compare(@Nullable Item a, @Nullable Item b) {
        if (a == null) {
            return b == null ? 0 : -compare(b, null);
        }
        return switch (a) {
            case Num n -> switch (b) {
                case null -> n.isNull() ? 0 : 1;
                case Num m -> n.value().compareTo(m.value());
                case Qualifier q -> 1;
                case Items l -> 1;
            };
            case Qualifier q -> switch (b) {
                case null -> Integer.signum(q.sortKey().compareTo(String.valueOf(RELEASE)));
                case Num m -> -1;
                case Qualifier r -> Integer.signum(q.sortKey().compareTo(r.sortKey()));
                case Items l -> -1;
            };
            case Items l -> switch (b) {
                case null -> compareWithMissing(l);
                case Num m -> -1;
                case Qualifier q -> 1;
                case Items r -> compareLists(l, r);
            };
        };
    }

    private static int compareWithMissing(Items list) {
        for (Item item : list.items()) {
            int c = compare(item, null);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareLists(Items a, Items b) {
        int n = Math.max(a.items().size(), b.items().size());
        for (int i = 0; i < n; i++) {
            Item x = i < a.items().size() ? a.items().get(i) : null;
            Item y = i < b.items().size() ? b.items().get(i) : null;
            int c = compare(x, y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Reads a lower-cased version into nested lists, as {@code ComparableVersion.parseVersion} does. */
    private static final class Reader {
        private final String v;
        private final List<List<Item>> open = new ArrayList<>();
        private List<Item> list = new ArrayList<>();
        private boolean digit;
        private int start;

        Reader(String v) {
            this.v = v;
            open.add(list);
        }

        Items read() {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '.' || c == '-') {
                    list.add(i == start ? new Num(BigInteger.ZERO) : item(digit, v.substring(start, i)));
                    start = i + 1;
                    if (c == '-') {
                        nest();
                    }
                } else if (Character.isDigit(c)) {
                    if (!digit && i > start) {
                        if (!list.isEmpty()) {
                            nest();
                        }
                        list.add(Qualifier.of(v.substring(start, i), true));
                        start = i;
                        nest();
                    }
                    digit = true;
                } else {
                    if (digit && i > start) {
                        list.add(item(true, v.substring(start, i)));
                        start = i;
                        nest();
                    }
                    digit = false;
                }
            }
            if (v.length() > start) {
                if (!digit && !list.isEmpty()) {
                    nest();
                }
                list.add(item(digit, v.substring(start)));
            }
            return close(open.get(0));
        }

        private void nest() {
            List<Item> child = new ArrayList<>();
            list.add(new Items(child));
            open.add(child);
            list = child;
        }

        private static Item item(boolean digits, String text) {
            return digits ? new Num(new BigInteger(text)) : Qualifier.of(text, false);
        }

        /**
         * Freezes a list and the lists nested in it, dropping null items from its end as Maven's
         * {@code normalize} does: a nested list that is not null is kept and the search goes on
         * before it; any other item that is not null ends the search.
         */
        private static Items close(List<Item> items) {
            List<Item> frozen = new ArrayList<>(items.size());
            for (Item item : items) {
                frozen.add(item instanceof Items nested ? close(nested.items()) : item);
            }
            for (int i = frozen.size() - 1; i >= 0; i--) {
                Item item = frozen.get(i);
                if (item.isNull()) {
                    frozen.remove(i);
                } else if (!(item instanceof Items)) {
                    break;
                }
            }
            return new Items(List.copyOf(frozen));
        }
    }
}

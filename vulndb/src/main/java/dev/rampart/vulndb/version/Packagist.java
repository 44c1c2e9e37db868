package dev.rampart.vulndb.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * PHP Composer package versions (Packagist), ordered as PHP's {@code version_compare} orders them once
 * the leading {@code v} or {@code V} is taken off, which is how Composer compares and how the OSV
 * Packagist data was checked.
 *
 * <p>Canonical form: {@code -}, {@code _} and {@code +} become dots, and a dot goes between a digit
 * and a non-digit, so {@code 1.0rc1 = 1.0.rc.1} and {@code 1.25.0beta2.1 = 1.25.0-b2.1}. Parts then
 * compare in turn: numbers by value (of any size, where PHP's own saturates); words by their special
 * form, {@code dev < alpha = a < beta = b < RC = rc < # < pl = p} matched by prefix and case-sensitive,
 * any other word below {@code dev}; and a number against a word counts as {@code #}, so
 * {@code 1.0-dev < 1.0a1 < 1.0RC1 < 1.0 < 1.0.1 < 1.0pl1}. When one version runs out, the other is
 * greater if it goes on with a number, and otherwise as its next word compares with {@code #}.
 *
 * <p>Accepted characters are letters, digits and {@code . - _ + #}; runs of separators count as one.
 * A {@code #} must stand alone as a part: it is PHP's name for "a number goes here", and compares like
 * the end of the version ({@code 1.2.3.# = 1.2.3}), since PHP's own answers for it are not even
 * reflexive ({@code version_compare("1.2.3.#", "1.2.3.#")} is -1).
 */
public final class Packagist implements VersionScheme {
    public static final Packagist INSTANCE = new Packagist();

    /** The special-form order of the number placeholder {@code #}, which a number counts as against a word. */
    private static final int NUMBER = 4;

    private static final String SEPARATORS = ".-_+";

    private Packagist() {}

    private static boolean isSeparator(String v, int i) {
        return i >= 0 && SEPARATORS.indexOf(v.charAt(i)) >= 0;
    }

    @Override
    public String name() {
        return "Packagist";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        int start = 0;
        while (start < version.length() && (version.charAt(start) == 'v' || version.charAt(start) == 'V')) {
            start++;
        }
        if (start == version.length()) {
            throw new InvalidVersionException(this, version, "nothing after the 'v'");
        }
        for (int i = start; i < version.length(); i++) {
            char c = version.charAt(i);
            if (!Chars.isAlnum(c) && SEPARATORS.indexOf(c) < 0 && c != '#') {
                throw new InvalidVersionException(this, version,
                        "'" + c + "' is not allowed (letters, digits and . - _ + #)");
            }
            if (c == '#' && !(isSeparator(version, i - 1) && (i + 1 == version.length() || isSeparator(version, i + 1)))) {
                throw new InvalidVersionException(this, version, "'#' must stand alone between separators");
            }
        }
        return new ParsedVersion(this, version, new Key(parts(version.substring(start))));
    }

    /** PHP's canonical parts: numbers, and words with their special-form order. */
    private static List<Part> parts(String v) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            int end = i;
            if (end < v.length() && Chars.isDigit(v.charAt(end))) {
                end = Chars.digitsEnd(v, end);
                parts.add(new Part(NUMBER, new BigInteger(v.substring(i, end))));
            } else {
                while (end < v.length() && !Chars.isDigit(v.charAt(end)) && !isSeparator(v, end)) {
                    end++;
                }
                parts.add(Part.word(v.substring(i, end)));
            }
            if (end == v.length()) {
                break;
            }
            if (isSeparator(v, end)) {
                end++;
                while (end < v.length() && isSeparator(v, end)) {
                    end++;
                }
            }
            i = end;
        }
        return List.copyOf(parts);
    }

    /**
     * A canonical part as a sort key: the special-form order (numbers count as {@code #}, 4), then, for
     * numbers, the value. The end of a version and a literal {@code #} sit at (4, -1), just below every
     * number.
     */
    private record Part(int form, BigInteger value) implements Comparable<Part> {
        static final Part END = new Part(NUMBER, BigInteger.ONE.negate());

        static Part word(String word) {
            if (word.startsWith("#")) {
                return END;
            }
            int form = word.startsWith("dev") ? 0
                    : word.startsWith("alpha") || word.startsWith("a") ? 1
                    : word.startsWith("beta") || word.startsWith("b") ? 2
                    : word.startsWith("RC") || word.startsWith("rc") ? 3
                    : word.startsWith("pl") || word.startsWith("p") ? 5
                    : -1;
            return new Part(form, BigInteger.ZERO);
        }

        @Override
        public int compareTo(Part o) {
            int c = Integer.compare(form, o.form);
            return c != 0 ? c : value.compareTo(o.value);
        }
    }

    private record Key(List<Part> parts) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
                Part a = i < parts.size() ? parts.get(i) : Part.END;
                Part b = i < o.parts.size() ? o.parts.get(i) : Part.END;
                int c = a.compareTo(b);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }
}

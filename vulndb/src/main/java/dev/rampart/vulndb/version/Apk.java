package dev.rampart.vulndb.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Alpine (and Wolfi, Chainguard) package versions, ordered as apk-tools orders them.
 *
 * <p>Syntax ({@code apk-package(5)}): {@code number{.number}...{letter}{_suffix{number}}...{~hash}{-r#}},
 * for example {@code 1.2.3b_rc1_p2-r4}. Suffixes sort
 * {@code _alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p}.
 *
 * <p>Order: apk reads both versions as a stream of tokens and compares them one by one: equal kinds
 * compare by value (numbers numerically, except that a number after a dot with a leading zero compares
 * like a decimal fraction, so {@code 1.05 < 1.1}); at the first token whose kind differs, the version
 * that goes on with a number beats one that goes on with a letter, which beats a post-release
 * suffix, then a suffix number, a commit hash, a revision and the end; a pre-release suffix loses to
 * all of them. So {@code 1.2_rc1 < 1.2 < 1.2-r1 < 1.2_p1 < 1.2a < 1.2.1}. This is the order of the
 * apk-tools 2 releases shipped with Alpine 3.x, which the OSV Alpine data was checked against.
 *
 * <p>Text apk would not install is still compared by {@code apk version -t}; this scheme orders it as
 * the newer apk-tools does: the token stream stops where the text stops making sense, and a version
 * that stops there sorts below one that goes on or ends cleanly ({@code 1 > 1-ruff},
 * {@code 1.2.0D < 1.2.0d}), while two that stop at the same place are equal. A dot or the start not
 * followed by a digit reads as an empty number that sorts below every other token
 * ({@code 0.r1 < 0r2}, {@code a < b}, {@code .1 < 1}). Only printable ASCII without blanks is accepted.
 */
public final class Apk implements VersionScheme {
    public static final Apk INSTANCE = new Apk();

    /** Suffixes in their order; the first four are pre-releases. */
    private static final List<String> SUFFIXES = List.of("alpha", "beta", "pre", "rc", "cvs", "svn", "git", "hg", "p");
    private static final int FIRST_POST_SUFFIX = 4;
    /** What a suffix or a commit hash may follow: anything before the hash and the revision. */
    private static final Set<Kind> SUFFIX_OR_HASH_MAY_FOLLOW = EnumSet.of(Kind.NUMBER, Kind.DOT_NUMBER, Kind.LETTER,
            Kind.PRE_SUFFIX, Kind.POST_SUFFIX, Kind.SUFFIX_NUMBER);

    private Apk() {}

    @Override
    public String name() {
        return "Alpine (apk)";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        for (int i = 0; i < version.length(); i++) {
            if (version.charAt(i) > '~') {
                throw new InvalidVersionException(this, version, "apk versions are ASCII; found '"
                        + version.charAt(i) + "' at index " + i);
            }
        }
        return new ParsedVersion(this, version, new Key(new Tokenizer(version).tokens()));
    }

    /**
     * Token kinds, least first: at the first position where two versions' kinds differ, the version
     * with the greater kind is the greater version.
     */
    enum Kind {
        /** Text apk cannot read; ends the stream. */
        INVALID,
        /** The start, or a dot, not followed by a digit. */
        EMPTY,
        PRE_SUFFIX,
        END,
        REVISION,
        HASH,
        SUFFIX_NUMBER,
        POST_SUFFIX,
        LETTER,
        /** The first number, or a number after a letter or after a dot's leading zeros. */
        NUMBER,
        /** A number after a dot; a run of leading zeros is its own token valued minus its length. */
        DOT_NUMBER
    }

    record Token(Kind kind, BigInteger value, String text) implements Comparable<Token> {
        static Token of(Kind kind) {
            return new Token(kind, BigInteger.ZERO, "");
        }

        static Token number(Kind kind, String digits) {
            return new Token(kind, digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits), "");
        }

        @Override
        public int compareTo(Token o) {
            int c = kind.compareTo(o.kind);
            if (c == 0) {
                c = value.compareTo(o.value);
            }
            return c != 0 ? Integer.signum(c) : Integer.signum(text.compareTo(o.text));
        }
    }

    private record Key(List<Token> tokens) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            for (int i = 0; ; i++) {
                Token a = tokens.get(i);
                Token b = o.tokens.get(i);
                int c = a.compareTo(b);
                if (c != 0 || a.kind() == Kind.END || a.kind() == Kind.INVALID) {
                    return c;
                }
            }
        }
    }

    /** Reads a version into tokens ending with {@link Kind#END} or {@link Kind#INVALID}. */
    private static final class Tokenizer {
        private final String s;
        private final List<Token> tokens = new ArrayList<>();
        private int i;
        private Kind last = Kind.NUMBER;

        Tokenizer(String s) {
            this.s = s;
            int end = Chars.digitsEnd(s, 0);
            add(end == 0 ? Token.of(Kind.EMPTY) : Token.number(Kind.NUMBER, s.substring(0, end)));
            last = Kind.NUMBER;
            i = end;
        }

        List<Token> tokens() {
            while (i < s.length()) {
                if (!next(s.charAt(i))) {
                    tokens.add(Token.of(Kind.INVALID));
                    return List.copyOf(tokens);
                }
            }
            tokens.add(Token.of(Kind.END));
            return List.copyOf(tokens);
        }

        /** Reads the token starting with {@code c}; false when it cannot follow the last one. */
        private boolean next(char c) {
            boolean afterNumber = last == Kind.NUMBER || last == Kind.DOT_NUMBER;
            if (Chars.isLower(c) && afterNumber) {
                add(new Token(Kind.LETTER, BigInteger.valueOf(c), ""));
                i++;
            } else if (Chars.isDigit(c) && last == Kind.LETTER) {
                digits(Kind.NUMBER);
            } else if (Chars.isDigit(c) && (last == Kind.PRE_SUFFIX || last == Kind.POST_SUFFIX)) {
                digits(Kind.SUFFIX_NUMBER);
            } else if (c == '.' && afterNumber) {
                i++;
                dotNumber();
            } else if (c == '_' && SUFFIX_OR_HASH_MAY_FOLLOW.contains(last)) {
                return suffix();
            } else if (c == '~' && SUFFIX_OR_HASH_MAY_FOLLOW.contains(last)) {
                return hash();
            } else if (s.startsWith("-r", i)) {
                return revision();
            } else {
                return false;
            }
            return true;
        }

        private void dotNumber() {
            int zeros = i;
            while (zeros < s.length() && s.charAt(zeros) == '0') {
                zeros++;
            }
            if (zeros > i) {
                add(new Token(Kind.DOT_NUMBER, BigInteger.valueOf(i - zeros), ""));
                i = zeros;
                if (i < s.length()) {
                    digits(Kind.NUMBER);
                }
                last = Kind.NUMBER;
            } else if (Chars.digitsEnd(s, i) == i) {
                add(Token.of(Kind.EMPTY));
                last = Kind.DOT_NUMBER;
            } else {
                digits(Kind.DOT_NUMBER);
            }
        }

        private boolean suffix() {
            for (int k = 0; k < SUFFIXES.size(); k++) {
                if (s.startsWith(SUFFIXES.get(k), i + 1)) {
                    Kind kind = k < FIRST_POST_SUFFIX ? Kind.PRE_SUFFIX : Kind.POST_SUFFIX;
                    add(new Token(kind, BigInteger.valueOf(k), ""));
                    i += 1 + SUFFIXES.get(k).length();
                    return true;
                }
            }
            return false;
        }

        private boolean hash() {
            int end = i + 1;
            while (end < s.length() && "0123456789abcdef".indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            if (end == i + 1) {
                return false;
            }
            add(new Token(Kind.HASH, BigInteger.ZERO, s.substring(i + 1, end)));
            i = end;
            return true;
        }

        /** {@code -r} and its number; {@code -r} followed by a letter is not a revision (newer apk). */
        private boolean revision() {
            i += 2;
            if (i < s.length() && Chars.isLower(s.charAt(i))) {
                return false;
            }
            digits(Kind.REVISION);
            return true;
        }

        private void digits(Kind kind) {
            int end = Chars.digitsEnd(s, i);
            add(Token.number(kind, s.substring(i, end)));
            i = end;
        }

        private void add(Token token) {
            tokens.add(token);
            last = token.kind();
        }
    }
}

package dev.rampart.vulndb.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby gem versions, ordered as RubyGems' {@code Gem::Version#<=>}.
 *
 * <p>Syntax: {@code Gem::Version}'s pattern, {@code N(.[0-9A-Za-z]+)*(-[0-9A-Za-z-]+(.[0-9A-Za-z-]+)*)?},
 * where a hyphen means {@code .pre.}; the first part may also run straight into letters
 * ({@code 1beta}), which RubyGems refuses but older gems and the osv-scalibr vectors use.
 *
 * <p>Order: the version splits into segments of digits (numbers) and of letters (strings), whatever
 * separates them: {@code 1.0.a10 = [1, 0, "a", 10] = 1.0.a.10}. Trailing zeros are dropped from the
 * leading numeric segments and from the rest, then segments compare in turn, a missing one counting as
 * 0: numbers by value, strings by their bytes (case matters), and a string sorts before a number, so
 * strings mark pre-releases: {@code 1.0.a < 1.0.b1 < 1.0 < 1.0.1}.
 */
public final class RubyGems implements VersionScheme {
    public static final RubyGems INSTANCE = new RubyGems();

    private static final Pattern SYNTAX =
            Pattern.compile("[0-9]+[0-9A-Za-z]*(?:\\.[0-9A-Za-z]+)*(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern SEGMENT = Pattern.compile("[0-9]+|[A-Za-z]+");

    private RubyGems() {}

    @Override
    public String name() {
        return "RubyGems";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        if (!SYNTAX.matcher(version).matches()) {
            throw new InvalidVersionException(this, version,
                    "expected digits, then dot-separated letters and digits, then an optional -pre.release");
        }
        return new ParsedVersion(this, version, new Key(canonicalSegments(version.replace("-", ".pre."))));
    }

    /** The segments with trailing zeros dropped from the numeric prefix and from the rest. */
    private static List<Comparable<?>> canonicalSegments(String version) {
        List<Comparable<?>> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(version);
        while (m.find()) {
            String s = m.group();
            segments.add(Chars.isDigit(s.charAt(0)) ? new BigInteger(s) : s);
        }
        int firstString = 0;
        while (firstString < segments.size() && segments.get(firstString) instanceof BigInteger) {
            firstString++;
        }
        List<Comparable<?>> canonical = new ArrayList<>(dropTrailingZeros(segments.subList(0, firstString)));
        canonical.addAll(dropTrailingZeros(segments.subList(firstString, segments.size())));
        return List.copyOf(canonical);
    }

    private static List<Comparable<?>> dropTrailingZeros(List<Comparable<?>> segments) {
        int end = segments.size();
        while (end > 0 && BigInteger.ZERO.equals(segments.get(end - 1))) {
            end--;
        }
        return segments.subList(0, end);
    }

    private record Key(List<Comparable<?>> segments) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            for (int i = 0; i < Math.max(segments.size(), o.segments.size()); i++) {
                Comparable<?> a = i < segments.size() ? segments.get(i) : BigInteger.ZERO;
                Comparable<?> b = i < o.segments.size() ? o.segments.get(i) : BigInteger.ZERO;
                int c = compare(a, b);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        private static int compare(Comparable<?> a, Comparable<?> b) {
            if (a instanceof BigInteger x && b instanceof BigInteger y) {
                return x.compareTo(y);
            }
            if (a instanceof String x && b instanceof String y) {
                return Integer.signum(x.compareTo(y));
            }
            return a instanceof String ? -1 : 1;
        }
    }
}

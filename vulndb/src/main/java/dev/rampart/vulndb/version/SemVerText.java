package dev.rampart.vulndb.version;

import java.util.Arrays;
import java.util.List;

/**
 * The text of a SemVer-like version split into its parts, for the schemes that share SemVer's
 * syntax: {@code [v]N(.N)*[-pre.release][+build.metadata]}, where pre-release and build identifiers
 * are non-empty runs of {@code [0-9A-Za-z-]}. Each scheme then applies its own limits (how many
 * numbers, leading zeros) and order.
 *
 * @param numbers    the dot-separated numbers, as digit strings
 * @param preRelease the pre-release identifiers, empty for a release
 * @param build      the build identifiers, empty without build metadata
 * @param leadingV   whether the text started with {@code v}
 */
record SemVerText(List<String> numbers, List<String> preRelease, List<String> build, boolean leadingV) {

    static SemVerText parse(VersionScheme scheme, String version) throws InvalidVersionException {
        Chars.requireNoBlanks(scheme, version);
        boolean v = version.startsWith("v");
        int start = v ? 1 : 0;
        int plus = version.indexOf('+');
        int coreEnd = start;
        while (coreEnd < version.length() && (Chars.isDigit(version.charAt(coreEnd)) || version.charAt(coreEnd) == '.')) {
            coreEnd++;
        }
        String core = version.substring(start, coreEnd);
        int preEnd = plus < 0 ? version.length() : plus;
        if (coreEnd < preEnd && version.charAt(coreEnd) != '-') {
            throw new InvalidVersionException(scheme, version, "expected '.', '-' or '+' after the numbers, found '"
                    + version.charAt(coreEnd) + "' at index " + coreEnd);
        }
        if (plus >= 0 && plus < coreEnd) {
            throw new InvalidVersionException(scheme, version, "'+' inside the numbers");
        }
        List<String> numbers = split(scheme, version, core, "version number", true);
        List<String> pre = coreEnd < preEnd
                ? split(scheme, version, version.substring(coreEnd + 1, preEnd), "pre-release identifier", false)
                : List.of();
        List<String> build = plus >= 0
                ? split(scheme, version, version.substring(plus + 1), "build identifier", false)
                : List.of();
        return new SemVerText(numbers, pre, build, v);
    }

    private static List<String> split(VersionScheme scheme, String version, String part, String what, boolean digitsOnly)
            throws InvalidVersionException {
        List<String> items = Arrays.asList(part.split("\\.", -1));
        for (String item : items) {
            if (item.isEmpty()) {
                throw new InvalidVersionException(scheme, version, "empty " + what);
            }
            for (int i = 0; i < item.length(); i++) {
                char c = item.charAt(i);
                if (digitsOnly ? !Chars.isDigit(c) : !(Chars.isAlnum(c) || c == '-')) {
                    throw new InvalidVersionException(scheme, version, "'" + c + "' is not allowed in a " + what);
                }
            }
        }
        return List.copyOf(items);
    }

    /**
     * SemVer 2's precedence of two identifier lists (item 11): numeric identifiers compare as numbers
     * and sort before alphanumeric ones, which compare in ASCII order (or ignoring case, for NuGet);
     * when one list is a prefix of the other, the longer one is greater.
     */
    static int compareIdentifiers(List<String> a, List<String> b, boolean ignoreCase) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xNum = Chars.allDigits(x);
            boolean yNum = Chars.allDigits(y);
            int c;
            if (xNum && yNum) {
                c = Chars.compareNumbers(x, y);
            } else if (xNum || yNum) {
                c = xNum ? -1 : 1;
            } else {
                c = ignoreCase ? x.compareToIgnoreCase(y) : x.compareTo(y);
            }
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Compares number lists part by part, a missing part counting as 0 ({@code 1.2 = 1.2.0}). */
    static int compareNumbers(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = Chars.compareNumbers(i < a.size() ? a.get(i) : "0", i < b.size() ? b.get(i) : "0");
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A release sorts after its pre-releases; pre-releases compare by their identifiers. */
    static int comparePreRelease(List<String> a, List<String> b, boolean ignoreCase) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return compareIdentifiers(a, b, ignoreCase);
    }
}

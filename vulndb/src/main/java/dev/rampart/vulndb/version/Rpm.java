package dev.rampart.vulndb.version;

import org.jspecify.annotations.Nullable;

/**
 * RPM package versions (Red Hat, AlmaLinux, Rocky, SUSE, ...), ordered as rpm 4.18's
 * {@code rpm.vercmp} orders an {@code [epoch:]version[-release]} string.
 *
 * <p>Split ({@code parseEVR}): the epoch is the leading digits when a colon follows them ({@code a:1}
 * has no epoch, it is all version); the release is everything after the last hyphen. A missing epoch
 * counts as 0; a missing release sorts before any release, even an empty one ({@code 1 < 1-}).
 *
 * <p>Each part compares by {@code rpmvercmp}: runs of ASCII letters or digits, everything else a
 * separator; digit runs compare as numbers and beat letter runs; {@code ~} sorts before everything,
 * even the end ({@code 1.0~rc1 < 1.0}); {@code ^} sorts after the end but before anything else
 * ({@code 1.0 < 1.0^git1 < 1.0.1}). When all runs match, the version with text left over is newer,
 * so {@code 1.0a > 1.0} but {@code 1.0 = 1.0.} and {@code 1.1.α = 1.1.β}.
 *
 * <p>rpm refuses only the empty string; this scheme also refuses whitespace and control characters.
 */
public final class Rpm implements VersionScheme {
    public static final Rpm INSTANCE = new Rpm();

    private Rpm() {}

    @Override
    public String name() {
        return "RPM";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        int digits = Chars.digitsEnd(version, 0);
        boolean hasEpoch = digits < version.length() && version.charAt(digits) == ':';
        String epoch = hasEpoch && digits > 0 ? version.substring(0, digits) : "0";
        String rest = hasEpoch ? version.substring(digits + 1) : version;
        int hyphen = rest.lastIndexOf('-');
        String release = hyphen < 0 ? null : rest.substring(hyphen + 1);
        return new ParsedVersion(this, version, new Key(epoch, hyphen < 0 ? rest : rest.substring(0, hyphen), release));
    }

    private record Key(String epoch, String version, @Nullable String release) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = rpmvercmp(epoch, o.epoch);
            if (c == 0) {
                c = rpmvercmp(version, o.version);
            }
            if (c != 0 || (release == null && o.release == null)) {
                return c;
            }
            if (release == null || o.release == null) {
                return release == null ? -1 : 1;
            }
            return rpmvercmp(release, o.release);
        }
    }

    /** rpm's {@code rpmvercmp} on one part, as described on the class. */
    static int rpmvercmp(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            i = skipSeparators(a, i);
            j = skipSeparators(b, j);
            char ca = i < a.length() ? a.charAt(i) : 0;
            char cb = j < b.length() ? b.charAt(j) : 0;
            if (ca == '~' || cb == '~') {
                if (ca != cb) {
                    return ca == '~' ? -1 : 1;
                }
                i++;
                j++;
                continue;
            }
            if (ca == '^' || cb == '^') {
                if (ca == 0 || cb == 0) {
                    return ca == 0 ? -1 : 1;
                }
                if (ca != cb) {
                    return ca == '^' ? -1 : 1;
                }
                i++;
                j++;
                continue;
            }
            if (ca == 0 || cb == 0) {
                break;
            }
            boolean numeric = Chars.isDigit(ca);
            int aEnd = runEnd(a, i, numeric);
            int bEnd = runEnd(b, j, numeric);
            if (bEnd == j) {
                return numeric ? 1 : -1;
            }
            int c = numeric
                    ? Chars.compareNumbers(a.substring(i, aEnd), b.substring(j, bEnd))
                    : Integer.signum(a.substring(i, aEnd).compareTo(b.substring(j, bEnd)));
            if (c != 0) {
                return c;
            }
            i = aEnd;
            j = bEnd;
        }
        boolean aLeft = i < a.length();
        boolean bLeft = j < b.length();
        return aLeft == bLeft ? 0 : aLeft ? 1 : -1;
    }

    private static int skipSeparators(String s, int i) {
        while (i < s.length() && !Chars.isAlnum(s.charAt(i)) && s.charAt(i) != '~' && s.charAt(i) != '^') {
            i++;
        }
        return i;
    }

    private static int runEnd(String s, int from, boolean digits) {
        int i = from;
        while (i < s.length() && (digits ? Chars.isDigit(s.charAt(i)) : Chars.isLetter(s.charAt(i)))) {
            i++;
        }
        return i;
    }
}

package dev.rampart.vulndb.version;

/**
 * Debian and Ubuntu package versions, ordered as {@code dpkg --compare-versions} orders them.
 *
 * <p>Syntax ({@code deb-version(7)}): {@code [epoch:]upstream[-revision]}. The epoch is a decimal
 * number (0 when absent); the revision is everything after the last hyphen (empty when absent, which
 * orders like {@code 0}). The upstream version starts with a digit and holds letters, digits and
 * {@code . + ~ - :}; the revision holds letters, digits and {@code . + ~}. Text that dpkg only warns
 * about (an upstream version starting with a letter, a stray character) is refused here too.
 *
 * <p>Order: epochs numerically, then upstream and revision by dpkg's {@code verrevcmp}, which walks
 * alternating non-digit and digit runs: non-digits compare character by character with {@code ~}
 * before the end of the string, the end before letters, letters before everything else; digit runs
 * compare as numbers. So {@code 1.0~rc1 < 1.0 < 1.0a < 1.0+b1 < 1.0.1}, and {@code 1.0 = 1.0-0}.
 */
public final class Dpkg implements VersionScheme {
    public static final Dpkg INSTANCE = new Dpkg();

    private Dpkg() {}

    @Override
    public String name() {
        return "Debian (dpkg)";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        int colon = version.indexOf(':');
        int epoch = colon < 0 ? 0 : epoch(version, version.substring(0, colon));
        String rest = version.substring(colon + 1);
        if (colon >= 0 && rest.isEmpty()) {
            throw new InvalidVersionException(this, version, "nothing after the epoch's colon");
        }
        int hyphen = rest.lastIndexOf('-');
        String upstream = hyphen < 0 ? rest : rest.substring(0, hyphen);
        String revision = hyphen < 0 ? "" : rest.substring(hyphen + 1);
        if (hyphen >= 0 && revision.isEmpty()) {
            throw new InvalidVersionException(this, version, "the revision after the last '-' is empty");
        }
        checkUpstream(version, upstream);
        checkRevision(version, revision);
        return new ParsedVersion(this, version, new Key(epoch, upstream, revision));
    }

    private int epoch(String version, String digits) throws InvalidVersionException {
        if (digits.isEmpty()) {
            throw new InvalidVersionException(this, version, "the epoch before ':' is empty");
        }
        if (!Chars.allDigits(digits)) {
            throw new InvalidVersionException(this, version, "the epoch '" + digits + "' is not a number");
        }
        if (Chars.compareNumbers(digits, String.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new InvalidVersionException(this, version, "the epoch is larger than " + Integer.MAX_VALUE);
        }
        return Integer.parseInt(digits);
    }

    private void checkUpstream(String version, String upstream) throws InvalidVersionException {
        if (upstream.isEmpty()) {
            throw new InvalidVersionException(this, version, "the upstream version is empty");
        }
        if (!Chars.isDigit(upstream.charAt(0))) {
            throw new InvalidVersionException(this, version, "the upstream version does not start with a digit");
        }
        checkCharacters(version, upstream, ".+~-:", "upstream version");
    }

    private void checkRevision(String version, String revision) throws InvalidVersionException {
        checkCharacters(version, revision, ".+~", "revision");
    }

    private void checkCharacters(String version, String part, String allowed, String what)
            throws InvalidVersionException {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!Chars.isAlnum(c) && allowed.indexOf(c) < 0) {
                throw new InvalidVersionException(this, version,
                        "'" + c + "' is not allowed in the " + what + " (letters, digits and " + allowed + ")");
            }
        }
    }

    private record Key(int epoch, String upstream, String revision) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(epoch, o.epoch);
            if (c == 0) {
                c = verrevcmp(upstream, o.upstream);
            }
            return c != 0 ? c : verrevcmp(revision, o.revision);
        }
    }

    /** dpkg's {@code verrevcmp}: alternating non-digit and digit runs, as described on the class. */
    static int verrevcmp(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !Chars.isDigit(a.charAt(i))) || (j < b.length() && !Chars.isDigit(b.charAt(j)))) {
                int ac = order(a, i);
                int bc = order(b, j);
                if (ac != bc) {
                    return Integer.signum(ac - bc);
                }
                i++;
                j++;
            }
            int aEnd = Chars.digitsEnd(a, i);
            int bEnd = Chars.digitsEnd(b, j);
            int c = Chars.compareNumbers(a.substring(i, aEnd), b.substring(j, bEnd));
            if (c != 0) {
                return c;
            }
            i = aEnd;
            j = bEnd;
        }
        return 0;
    }

    /** The weight of the character at {@code i}: digits and the end 0, '~' -1, letters their code, others above. */
    private static int order(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        char c = s.charAt(i);
        if (Chars.isDigit(c)) {
            return 0;
        }
        if (Chars.isLetter(c)) {
            return c;
        }
        return c == '~' ? -1 : c + 256;
    }
}

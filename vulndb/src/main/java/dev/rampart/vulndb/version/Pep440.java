package dev.rampart.vulndb.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Python package versions (PyPI), ordered as the {@code packaging} library orders them: PEP 440, and
 * for text PEP 440 does not accept, the legacy order of {@code packaging} before version 22.
 *
 * <p>PEP 440: {@code [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]}, case-insensitive, with the
 * spellings {@code packaging} normalises: {@code alpha}, {@code beta}, {@code c}, {@code pre},
 * {@code preview} for pre-releases, {@code rev}, {@code r} and {@code -N} for post-releases, optional
 * separators {@code . - _}, implicit zeros ({@code 1.0-alpha1 = 1.0a1}, {@code 1.0.post = 1.0.post0})
 * and a leading {@code v}. Order: epoch; release, trailing zeros ignored; then
 * {@code .devN < aN < bN < rcN < (release) < .postN}, a dev release of a pre- or post-release sorting
 * just before it; then the local label ({@code 1.0 < 1.0+local}), whose parts compare as numbers when
 * numeric, letters before numbers.
 *
 * <p>Legacy: text that is not PEP 440 ({@code 0.9-doduo}, {@code 2013-01-21T20:33:09+0100},
 * {@code trunk}) is ordered as setuptools did, before every PEP 440 version: split into runs of digits,
 * runs of letters and other characters, digits padded to eight places, {@code pre}, {@code preview} and
 * {@code rc} read as {@code c}, {@code dev} as {@code @}, {@code -} as {@code final-}, and trailing
 * zeros dropped. OSV and the osv-scalibr vectors still hold such versions; {@code packaging} 22 and
 * later refuse them, and a caller that wants to can tell them apart with {@link #isLegacy}.
 */
public final class Pep440 implements VersionScheme {
    public static final Pep440 INSTANCE = new Pep440();

    private static final Pattern PEP_440 = Pattern.compile("""
            v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)\
            (?<pre>[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?\
            (?<post>-(?<postN1>[0-9]+)|[-_.]?(?:post|rev|r)[-_.]?(?<postN2>[0-9]+)?)?\
            (?<dev>[-_.]?dev[-_.]?(?<devN>[0-9]+)?)?\
            (?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?""", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> PRE_RANK = Map.of(
            "a", 0, "alpha", 0, "b", 1, "beta", 1, "c", 2, "rc", 2, "pre", 2, "preview", 2);

    private Pep440() {}

    @Override
    public String name() {
        return "PyPI (PEP 440)";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        Chars.requireNoBlanks(this, version);
        Matcher m = PEP_440.matcher(version);
        if (m.matches()) {
            return new ParsedVersion(this, version, release(m));
        }
        for (int i = 0; i < version.length(); i++) {
            if (version.charAt(i) > '~') {
                throw new InvalidVersionException(this, version, "neither PEP 440 nor a legacy version: '"
                        + version.charAt(i) + "' at index " + i + " is not printable ASCII");
            }
        }
        return new ParsedVersion(this, version, Legacy.of(version));
    }

    /**
     * Whether a PyPI version is not PEP 440 and so is ordered by the legacy rules, before every
     * PEP 440 version: {@code isLegacy(parse("0.9-doduo"))} is true, {@code isLegacy(parse("1.0a1"))} false.
     */
    public static boolean isLegacy(ParsedVersion version) {
        return version.key() instanceof Legacy;
    }

    private static Release release(Matcher m) {
        List<BigInteger> release = new ArrayList<>();
        for (String part : m.group("release").split("\\.")) {
            release.add(new BigInteger(part));
        }
        while (!release.isEmpty() && release.getLast().signum() == 0) {
            release.removeLast();
        }
        Pre pre = m.group("pre") == null ? null
                : new Pre(PRE_RANK.get(m.group("preL").toLowerCase(Locale.ROOT)), number(m.group("preN")));
        BigInteger post = m.group("post") == null ? null
                : number(m.group("postN1") != null ? m.group("postN1") : m.group("postN2"));
        BigInteger dev = m.group("dev") == null ? null : number(m.group("devN"));
        String local = m.group("local");
        return new Release(number(m.group("epoch")), List.copyOf(release), pre, post, dev,
                local == null ? null : localParts(local));
    }

    private static BigInteger number(@Nullable String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    private static List<Comparable<?>> localParts(String local) {
        List<Comparable<?>> parts = new ArrayList<>();
        for (String part : local.toLowerCase(Locale.ROOT).split("[-_.]")) {
            parts.add(Chars.allDigits(part) ? new BigInteger(part) : part);
        }
        return List.copyOf(parts);
    }

    /** A PyPI version's comparison key: PEP 440 or legacy, every legacy one first. */
    private sealed interface PyKey extends Comparable<PyKey> permits Release, Legacy {}

    private record Pre(int rank, BigInteger number) {}

    /** {@code packaging}'s key for a PEP 440 version; null parts are absent. */
    private record Release(BigInteger epoch, List<BigInteger> release, @Nullable Pre pre, @Nullable BigInteger post,
                           @Nullable BigInteger dev, @Nullable List<Comparable<?>> local) implements PyKey {
        @Override
        public int compareTo(PyKey other) {
            return switch (other) {
                case Legacy l -> 1;
                case Release o -> compareRelease(o);
            };
        }

        private int compareRelease(Release o) {
            int c = epoch.compareTo(o.epoch);
            if (c == 0) {
                c = compareLists(release, o.release);
            }
            if (c == 0) {
                c = Integer.compare(preRank(), o.preRank());
            }
            if (c == 0 && pre != null && o.pre != null) {
                c = pre.rank() != o.pre.rank() ? Integer.compare(pre.rank(), o.pre.rank())
                        : pre.number().compareTo(o.pre.number());
            }
            if (c == 0) {
                c = compareAbsentFirst(post, o.post);
            }
            if (c == 0) {
                c = compareAbsentLast(dev, o.dev);
            }
            return Integer.signum(c != 0 ? c : compareLocal(o));
        }

        /** -1 for a bare dev release ({@code 1.0.dev0 < 1.0a0}), 0 with a pre-release, 1 without. */
        private int preRank() {
            if (pre != null) {
                return 0;
            }
            return post == null && dev != null ? -1 : 1;
        }

        private int compareLocal(Release o) {
            if (local == null || o.local == null) {
                return Boolean.compare(local != null, o.local != null);
            }
            return compareLists(local, o.local);
        }
    }

    private static int compareAbsentFirst(@Nullable BigInteger a, @Nullable BigInteger b) {
        if (a == null || b == null) {
            return Boolean.compare(a != null, b != null);
        }
        return a.compareTo(b);
    }

    private static int compareAbsentLast(@Nullable BigInteger a, @Nullable BigInteger b) {
        if (a == null || b == null) {
            return Boolean.compare(a == null, b == null);
        }
        return a.compareTo(b);
    }

    /**
     * Compares part by part, a shorter list first when it is a prefix; numbers by value, strings
     * lexically, a string before a number (PEP 440 local labels).
     */
    private static int compareLists(List<? extends Comparable<?>> a, List<? extends Comparable<?>> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = comparePart(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int comparePart(Comparable<?> a, Comparable<?> b) {
        if (a instanceof BigInteger m && b instanceof BigInteger n) {
            return m.compareTo(n);
        }
        if (a instanceof String s && b instanceof String t) {
            return s.compareTo(t);
        }
        return a instanceof String ? -1 : 1;
    }

    /** setuptools' legacy key: the padded parts, compared as strings. */
    private record Legacy(List<String> parts) implements PyKey {
        private static final Pattern COMPONENT = Pattern.compile("\\d+|[a-z]+|\\.|-");
        private static final Map<String, String> REPLACEMENTS = Map.of(
                "pre", "c", "preview", "c", "-", "final-", "rc", "c", "dev", "@");

        static Legacy of(String version) {
            List<String> parts = new ArrayList<>();
            for (String part : components(version.toLowerCase(Locale.ROOT))) {
                if (part.startsWith("*")) {
                    if (part.compareTo("*final") < 0) {
                        while (!parts.isEmpty() && parts.getLast().equals("*final-")) {
                            parts.removeLast();
                        }
                    }
                    while (!parts.isEmpty() && parts.getLast().equals("00000000")) {
                        parts.removeLast();
                    }
                }
                parts.add(part);
            }
            return new Legacy(List.copyOf(parts));
        }

        /** The text split into digit runs, letter runs, '.', '-' and what lies between, then mapped. */
        private static List<String> components(String version) {
            List<String> raw = new ArrayList<>();
            Matcher m = COMPONENT.matcher(version);
            int last = 0;
            while (m.find()) {
                raw.add(version.substring(last, m.start()));
                raw.add(m.group());
                last = m.end();
            }
            raw.add(version.substring(last));
            List<String> out = new ArrayList<>();
            for (String part : raw) {
                String p = REPLACEMENTS.getOrDefault(part, part);
                if (p.isEmpty() || p.equals(".")) {
                    continue;
                }
                out.add(Chars.isDigit(p.charAt(0)) ? "0".repeat(Math.max(0, 8 - p.length())) + p : "*" + p);
            }
            out.add("*final");
            return out;
        }

        @Override
        public int compareTo(PyKey other) {
            return switch (other) {
                case Release r -> -1;
                case Legacy o -> compareLists(parts, o.parts);
            };
        }
    }
}

package dev.rampart.vulndb.version;

import java.util.List;

/**
 * Go module versions, ordered as {@code golang.org/x/mod/semver} orders them.
 *
 * <p>Syntax: SemVer 2 with a {@code v} prefix, which OSV leaves out and this scheme makes optional;
 * {@code v1} and {@code v1.2} are shorthands for {@code v1.0.0} and {@code v1.2.0} when nothing follows;
 * numbers and numeric pre-release identifiers have no leading zeros. Order: SemVer precedence with build
 * metadata ignored, so {@code v2.0.0+incompatible = v2.0.0}. Pseudo-versions need no special case:
 * {@code v0.0.0-20191109021931-daa7c04131f5} is a pre-release of {@code v0.0.0} whose identifier
 * starts with its commit time, and {@code v1.2.4-0.20191109021931-daa7c04131f5} sorts after
 * {@code v1.2.3} and before {@code v1.2.4}, as {@code go} means them to.
 */
public final class GoModule implements VersionScheme {
    public static final GoModule INSTANCE = new GoModule();

    private GoModule() {}

    @Override
    public String name() {
        return "Go";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        SemVerText text = SemVerText.parse(this, version);
        List<String> numbers = text.numbers();
        if (numbers.size() > 3) {
            throw new InvalidVersionException(this, version, "more than three numbers");
        }
        if (numbers.size() < 3 && (!text.preRelease().isEmpty() || !text.build().isEmpty())) {
            throw new InvalidVersionException(this, version,
                    "a shorthand like v1.2 cannot have a pre-release or build suffix");
        }
        for (String number : numbers) {
            requireNoLeadingZero(version, number, "version number");
        }
        for (String identifier : text.preRelease()) {
            if (Chars.allDigits(identifier)) {
                requireNoLeadingZero(version, identifier, "numeric pre-release identifier");
            }
        }
        return new ParsedVersion(this, version, new Key(numbers, text.preRelease()));
    }

    private void requireNoLeadingZero(String version, String digits, String what) throws InvalidVersionException {
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw new InvalidVersionException(this, version, "the " + what + " '" + digits + "' has a leading zero");
        }
    }

    private record Key(List<String> numbers, List<String> preRelease) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = SemVerText.compareNumbers(numbers, o.numbers);
            return c != 0 ? c : SemVerText.comparePreRelease(preRelease, o.preRelease, false);
        }
    }
}

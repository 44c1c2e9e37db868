package dev.rampart.vulndb.version;

import java.util.List;

/**
 * Semantic Versioning 2.0.0 (npm, crates.io, Hex, SwiftURL), ordered by the spec's precedence
 * (semver.org, item 11), as node-semver and Cargo order valid versions.
 *
 * <p>Syntax: {@code [v]MAJOR.MINOR.PATCH[-pre.release][+build]}. Build metadata is ignored:
 * {@code 1.2.3+a = 1.2.3+b}. Pre-release identifiers compare numerically when numeric, before
 * alphanumeric ones, which compare in ASCII order; a longer list wins a tie, and a release beats its
 * pre-releases: {@code 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0}.
 *
 * <p>Beyond the spec, as the OSV data and the osv-scalibr vectors hold them: any number of numeric
 * parts, a missing one counting as 0 ({@code 1.2 = 1.2.0}, {@code 1.2.3.4 > 1.2.3}), leading zeros, and
 * numbers of any size.
 */
public final class SemVer implements VersionScheme {
    public static final SemVer INSTANCE = new SemVer();

    private SemVer() {}

    @Override
    public String name() {
        return "SemVer";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        SemVerText text = SemVerText.parse(this, version);
        return new ParsedVersion(this, version, new Key(text.numbers(), text.preRelease()));
    }

    private record Key(List<String> numbers, List<String> preRelease) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = SemVerText.compareNumbers(numbers, o.numbers);
            return c != 0 ? c : SemVerText.comparePreRelease(preRelease, o.preRelease, false);
        }
    }
}

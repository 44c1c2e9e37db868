package dev.rampart.vulndb.version;

import java.util.List;

/**
 * Dart package versions (pub), ordered as {@code pub_semver}'s {@code Version.compareTo}.
 *
 * <p>Syntax: SemVer 2 ({@code MAJOR.MINOR.PATCH[-pre][+build]}); as for {@link SemVer}, the OSV data
 * and the osv-scalibr vectors also hold a {@code v} prefix and other counts of numbers, accepted here,
 * a missing number counting as 0. Order: as SemVer, except that build metadata counts: a version
 * with build metadata sorts after the same version without it, and build identifiers compare like
 * pre-release ones ({@code 1.0.0-pre < 1.0.0-pre+build < 1.0.0 < 1.0.0+1 < 1.0.0+2 < 1.0.0+a}).
 */
public final class Pub implements VersionScheme {
    public static final Pub INSTANCE = new Pub();

    private Pub() {}

    @Override
    public String name() {
        return "Pub";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        SemVerText text = SemVerText.parse(this, version);
        return new ParsedVersion(this, version, new Key(text.numbers(), text.preRelease(), text.build()));
    }

    private record Key(List<String> numbers, List<String> preRelease, List<String> build) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = SemVerText.compareNumbers(numbers, o.numbers);
            if (c == 0) {
                c = SemVerText.comparePreRelease(preRelease, o.preRelease, false);
            }
            if (c != 0 || (build.isEmpty() && o.build.isEmpty())) {
                return c;
            }
            if (build.isEmpty() || o.build.isEmpty()) {
                return build.isEmpty() ? -1 : 1;
            }
            return SemVerText.compareIdentifiers(build, o.build, false);
        }
    }
}

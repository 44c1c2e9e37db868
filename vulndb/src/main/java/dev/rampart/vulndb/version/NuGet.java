package dev.rampart.vulndb.version;

import java.util.List;

/**
 * NuGet package versions, ordered as NuGet's {@code NuGetVersion} orders them.
 *
 * <p>Syntax: one to four numbers ({@code 1}, {@code 1.2}, {@code 1.2.3}, {@code 1.2.3.4}), leading zeros
 * allowed, then an optional {@code -release.label} and {@code +metadata} as in SemVer 2. NuGet caps each
 * number at 2147483647; the osv-scalibr vectors compare larger ones, so this scheme takes any size. Order: the four numbers, a missing one counting as 0 ({@code 1.0 = 1.0.0.0}); a
 * release after its pre-releases; release labels by SemVer precedence but ignoring case
 * ({@code 1.0.0-BETA = 1.0.0-beta}); metadata ignored.
 */
public final class NuGet implements VersionScheme {
    public static final NuGet INSTANCE = new NuGet();

    private NuGet() {}

    @Override
    public String name() {
        return "NuGet";
    }

    @Override
    public ParsedVersion parse(String version) throws InvalidVersionException {
        SemVerText text = SemVerText.parse(this, version);
        if (text.leadingV()) {
            throw new InvalidVersionException(this, version, "NuGet versions have no 'v' prefix");
        }
        if (text.numbers().size() > 4) {
            throw new InvalidVersionException(this, version, "more than four numbers");
        }
        return new ParsedVersion(this, version, new Key(text.numbers(), text.preRelease()));
    }

    private record Key(List<String> numbers, List<String> releaseLabels) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = SemVerText.compareNumbers(numbers, o.numbers);
            return c != 0 ? c : SemVerText.comparePreRelease(releaseLabels, o.releaseLabels, true);
        }
    }
}

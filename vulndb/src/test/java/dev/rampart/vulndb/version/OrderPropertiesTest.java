package dev.rampart.vulndb.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each scheme must be a total order: reflexive, antisymmetric and transitive (for {@code <} and for
 * {@code =}), checked over a fixed random sample of the versions in each upstream vector file, and
 * every version of the file must sort without breaking {@link Comparator}'s contract.
 */
class OrderPropertiesTest {
    private static final int SAMPLE = 60;

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({
        "Debian, debian-versions.txt", "Debian, debian-versions-generated.txt",
        "Red Hat, redhat-versions.txt",
        "Alpine, alpine-versions.txt", "Alpine, alpine-versions-generated.txt",
        "Maven, maven-versions.txt", "Maven, maven-versions-generated.txt",
        "PyPI, pypi-versions.txt", "PyPI, pypi-versions-generated.txt",
        "npm, semver-versions.txt", "Go, semver-versions.txt", "NuGet, nuget-versions.txt",
        "RubyGems, rubygems-versions.txt", "RubyGems, rubygems-versions-generated.txt",
        "Packagist, packagist-versions.txt", "Packagist, packagist-versions-generated.txt",
        "Hackage, hackage-versions.txt", "Pub, pub-versions.txt",
        "CRAN, cran-versions.txt", "CRAN, cran-versions-generated.txt",
    })
    void scheme_isATotalOrderOverTheFilesVersions(String ecosystem, String file) {
        VersionScheme scheme = VersionScheme.forEcosystem(ecosystem).orElseThrow();
        List<ParsedVersion> all = parseAll(scheme, file);
        assertThat(all).hasSizeGreaterThan(10);

        List<ParsedVersion> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.naturalOrder());
        for (int i = 0; i + 1 < sorted.size(); i++) {
            assertThat(sorted.get(i).compareTo(sorted.get(i + 1))).as("%s before %s", sorted.get(i), sorted.get(i + 1))
                    .isLessThanOrEqualTo(0);
        }

        List<ParsedVersion> sample = new ArrayList<>(all);
        Collections.shuffle(sample, new Random(file.hashCode()));
        sample = sample.subList(0, Math.min(SAMPLE, sample.size()));
        List<String> broken = new ArrayList<>();
        for (ParsedVersion a : sample) {
            if (a.compareTo(a) != 0) {
                broken.add("not reflexive: " + a);
            }
            for (ParsedVersion b : sample) {
                int ab = a.compareTo(b);
                if (ab != -b.compareTo(a)) {
                    broken.add("not antisymmetric: " + a + " vs " + b);
                }
                for (ParsedVersion c : sample) {
                    int bc = b.compareTo(c);
                    int ac = a.compareTo(c);
                    if ((ab <= 0 && bc <= 0 && ac > 0) || (ab == 0 && bc == 0 && ac != 0)) {
                        broken.add("not transitive: " + a + ", " + b + ", " + c);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** Every version of the file the scheme accepts; for Go, all but the one five-number version. */
    private static List<ParsedVersion> parseAll(VersionScheme scheme, String file) {
        List<ParsedVersion> parsed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String v : Vectors.versions(file)) {
            try {
                parsed.add(scheme.parse(v));
            } catch (InvalidVersionException e) {
                refused.add(v);
            }
        }
        assertThat(refused).isSubsetOf(scheme == GoModule.INSTANCE ? List.of("1.1.3.4.5") : List.of());
        return parsed;
    }
}

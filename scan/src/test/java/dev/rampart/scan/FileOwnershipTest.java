package dev.rampart.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileOwnershipTest {
    private static Package os(String name, String... files) {
        return new Package(PackageType.DEB, name, "1.0-1", "all", null, List.of(),
                Purl.of("deb", "debian", name, "1.0-1", Map.of()), new Location(null, "/var/lib/dpkg/status"), List.of(files));
    }

    private static Package lang(PackageType type, String name, String path) {
        return new Package(type, name, "1.0", "", null, List.of(), Purl.of("pypi", "", name, "1.0", Map.of()),
                new Location(null, path), List.of());
    }

    @Test
    void apply_marksLanguagePackageWhoseFileAnOsPackageInstalled() {
        List<Package> out = FileOwnership.apply(List.of(
                os("python3-six", "/usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA"),
                lang(PackageType.PYPI, "six", "/usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA"),
                lang(PackageType.PYPI, "requests", "/usr/local/lib/python3.11/site-packages/requests-2.31.0.dist-info/METADATA")));
        assertThat(out.get(1).properties()).containsEntry(PackageProperties.OWNED_BY, "python3-six");
        assertThat(out.get(2).properties()).doesNotContainKey(PackageProperties.OWNED_BY);
        assertThat(out.get(0).properties()).isEmpty();
    }

    @Test
    void apply_matchesNestedArchivesByTheirOuterFile() {
        List<Package> out = FileOwnership.apply(List.of(
                os("libjackson2-java", "/usr/share/java/app.war"),
                lang(PackageType.MAVEN, "x", "/usr/share/java/app.war!/WEB-INF/lib/x.jar")));
        assertThat(out.get(1).properties()).containsEntry(PackageProperties.OWNED_BY, "libjackson2-java");
    }
}

package dev.rampart.catalog.os;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.model.OperatingSystem;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsDetectorTest {
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
        "os/debian-with-point-release, debian, 12.5",
        "os/debian-testing, debian, ''",
        "os/ubuntu-jammy, ubuntu, 22.04",
        "os/alpine-without-os-release, alpine, 3.19.1",
        "os/centos-release-refines, rocky, 9.3",
        "os/usr-lib-os-release-via-symlink, debian, 11",
    })
    void detect_readsIdAndMostPreciseVersion(String fixture, String id, String version) throws Exception {
        assertThat(detect(fixture)).get().extracting(OperatingSystem::id, OperatingSystem::version)
                .containsExactly(id, version);
    }

    @org.junit.jupiter.api.Test
    void detect_isEmptyWithoutReleaseFiles() throws Exception {
        assertThat(detect("os/no-os")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void parse_handlesQuotesEscapesAndComments() {
        assertThat(OsReleaseParser.parse("# c\nNAME=\"A \\\"B\\\"\"\nID='x'\nBAD\nVERSION_ID=1\n"))
                .containsEntry("NAME", "A \"B\"").containsEntry("ID", "x").containsEntry("VERSION_ID", "1")
                .doesNotContainKey("BAD");
    }

    private static Optional<OperatingSystem> detect(String fixture) throws Exception {
        var files = ImageReader.builder().wanting(OsDetector::wants).build()
                .read(new ImageSource.RootDirectory(CatalogFixtures.root(fixture)));
        return OsDetector.detect(files.tree());
    }
}

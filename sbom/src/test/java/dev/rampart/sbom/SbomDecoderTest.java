package dev.rampart.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Inventory;
import dev.rampart.model.Location;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import dev.rampart.testkit.Corpus;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbomDecoderTest {
    @Test
    void read_trivyCycloneDxRestoresEpochsSourcesAndOs() throws Exception {
        Inventory inv = new SbomDecoder().read(Corpus.resolve("images/trivy/debian-base.cdx.json"));
        assertThat(inv.os()).isNotNull();
        assertThat(inv.os().id()).isEqualTo("debian");
        assertThat(inv.os().version()).isEqualTo("12.15");
        assertThat(inv.packages()).hasSize(88).allSatisfy(p -> assertThat(p.type()).isEqualTo(PackageType.DEB));
        Package bsdutils = inv.packages().stream().filter(p -> p.name().equals("bsdutils")).findFirst().orElseThrow();
        assertThat(bsdutils.version()).isEqualTo("1:2.38.1-5+deb12u3");
        assertThat(bsdutils.source()).isNotNull();
        assertThat(bsdutils.source().name()).isEqualTo("util-linux");
    }

    @Test
    void read_roundTripsRampartCycloneDxAndSpdx(@TempDir Path dir) throws Exception {
        Package ssl = new Package(PackageType.DEB, "libssl3", "3.0.11-1~deb12u2", "amd64",
                new Package.SourcePackage("openssl", "3.0.11-1~deb12u2"), List.of("Apache-2.0"),
                Purl.of("deb", "debian", "libssl3", "3.0.11-1~deb12u2", Map.of("arch", "amd64", "distro", "debian-12.4")),
                new Location(null, "/var/lib/dpkg/status"), List.of());
        Package log4j = new Package(PackageType.MAVEN, "org.apache.logging.log4j:log4j-core", "2.14.1", "", null, List.of(),
                Purl.of("maven", "org.apache.logging.log4j", "log4j-core", "2.14.1", Map.of()),
                new Location(null, "/app/log4j-core-2.14.1.jar"), List.of());
        Inventory inv = new Inventory(new ArtifactInfo("x", ArtifactKind.ROOT_DIRECTORY, null, null, List.of(), null, List.of()),
                new OperatingSystem("debian", "12.4", "Debian 12"), List.of(ssl, log4j), List.of());
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Path cdx = dir.resolve("x.cdx.json");
        Path spdx = dir.resolve("x.spdx.json");
        try (OutputStream out = Files.newOutputStream(cdx)) {
            new CycloneDxEncoder("test", clock, UUID::randomUUID).writeJson(inv, out);
        }
        try (OutputStream out = Files.newOutputStream(spdx)) {
            new SpdxEncoder("test", clock, UUID::randomUUID).writeJson(inv, out);
        }
        for (Path file : List.of(cdx, spdx)) {
            Inventory back = new SbomDecoder().read(file);
            assertThat(back.os()).extracting(OperatingSystem::id).isEqualTo("debian");
            assertThat(back.packages()).extracting(Package::name, Package::version).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("libssl3", "3.0.11-1~deb12u2"),
                    org.assertj.core.groups.Tuple.tuple("org.apache.logging.log4j:log4j-core", "2.14.1"));
        }
        Package sslBack = new SbomDecoder().read(cdx).packages().stream().filter(p -> p.name().equals("libssl3")).findFirst().orElseThrow();
        assertThat(sslBack.source().name()).isEqualTo("openssl");
        assertThat(sslBack.location().path()).isEqualTo("/var/lib/dpkg/status");
    }

    @Test
    void read_rejectsJsonThatIsNoSbom(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"a\":1}");
        assertThatThrownBy(() -> new SbomDecoder().read(f)).hasMessage(f + ": neither CycloneDX (bomFormat) nor SPDX 2.x (spdxVersion) JSON");
    }
}

package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json, index.json and configs that are malformed or point where they must not. */
class HostileMetadataTest {
    @TempDir
    Path dir;

    private Path archive(TarBuilder tar) throws Exception {
        return Files.write(dir.resolve("image.tar"), tar.build());
    }

    private static ImageFiles read(Path path) throws ImageReadException {
        return ImageReader.builder().build().read(ImageSource.detect(path));
    }

    @Test
    void read_failsWhenManifestConfigPointsOutsideTheArchive() throws Exception {
        Path image = archive(new TarBuilder().file("manifest.json", "[{\"Config\":\"../x.json\",\"Layers\":[]}]"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": manifest.json Config '../x.json' points outside the archive");
    }

    @Test
    void read_looksUpAnAbsoluteConfigNameInsideTheArchiveOnly() throws Exception {
        // /etc/passwd exists on the host; the archive has no such entry
        Path image = archive(new TarBuilder().file("manifest.json", "[{\"Config\":\"/etc/passwd\",\"Layers\":[]}]"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": etc/passwd is missing");
    }

    @Test
    void read_failsNamingManifestJsonThatIsNotJson() throws Exception {
        Path image = archive(new TarBuilder().file("manifest.json", "[{\"Config\": oops"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image + ": manifest.json is not valid JSON: ");
    }

    @Test
    void read_failsNamingAnEmptyManifestJson() throws Exception {
        Path image = archive(new TarBuilder().file("manifest.json", "[]"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": manifest.json expected a non-empty array of images");
    }

    @Test
    void read_failsNamingAConfigThatIsNotJson() throws Exception {
        Path image = archive(new TarBuilder()
                .file("config.json", "{\"rootfs\": [")
                .file("manifest.json", "[{\"Config\":\"config.json\",\"Layers\":[]}]"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image + ": config.json is not valid JSON: ");
    }

    @Test
    void read_failsNamingAMissingLayer() throws Exception {
        Path image = archive(new TarBuilder()
                .file("config.json", "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + "a".repeat(64) + "\"]}}")
                .file("manifest.json", "[{\"Config\":\"config.json\",\"Layers\":[\"gone/layer.tar\"]}]"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": entry gone/layer.tar is missing from the archive");
    }

    @Test
    void read_failsWhenManifestAndConfigDisagreeOnTheLayerCount() throws Exception {
        Path image = archive(new TarBuilder()
                .file("config.json", "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}")
                .file("l.tar", new TarBuilder().file("a", "a").build())
                .file("manifest.json", "[{\"Config\":\"config.json\",\"Layers\":[\"l.tar\"]}]"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": manifest.json lists 1 layers but the config's rootfs has 0 diff ids");
    }

    @Test
    void read_failsNamingAnInvalidDiffId() throws Exception {
        Path image = archive(new TarBuilder()
                .file("config.json", "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"md5:abc\"]}}")
                .file("manifest.json", "[{\"Config\":\"config.json\",\"Layers\":[\"l.tar\"]}]"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": config.json rootfs.diff_ids unsupported digest algorithm 'md5' (expected sha256 or sha512)");
    }

    @Test
    void read_failsNamingIndexJsonThatIsNotJson() throws Exception {
        Path layout = new ImageBuilder().layer(new TarBuilder().file("a", "a")).writeOciLayout(dir.resolve("layout"));
        Files.writeString(layout.resolve("index.json"), "{\"manifests\": [}");

        assertThatThrownBy(() -> read(layout))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(layout + ": index.json is not valid JSON: ");
    }

    @Test
    void read_failsNamingAnIndexWithoutManifests() throws Exception {
        Path layout = new ImageBuilder().layer(new TarBuilder().file("a", "a")).writeOciLayout(dir.resolve("layout"));
        Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[]}");

        assertThatThrownBy(() -> read(layout))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(layout + ": index.json has no manifests");
    }

    @Test
    void read_failsWhenAnOciLayoutBlobIsALinkToAHostFile() throws Exception {
        ImageBuilder builder = new ImageBuilder().layer(new TarBuilder().file("a", "a"));
        Path layout = builder.writeOciLayout(dir.resolve("layout"));
        String config = builder.configDigest().substring(7);
        Path blob = layout.resolve("blobs/sha256/" + config);
        Files.move(blob, dir.resolve("elsewhere.json"));
        Files.createSymbolicLink(blob, dir.resolve("elsewhere.json"));

        assertThatThrownBy(() -> read(layout))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(layout + ": blobs/sha256/" + config + " is missing");
    }

    @Test
    void read_failsNamingAManifestDescriptorWithABadDigest() throws Exception {
        Path layout = new ImageBuilder().layer(new TarBuilder().file("a", "a")).writeOciLayout(dir.resolve("layout"));
        Files.writeString(layout.resolve("index.json"),
                "{\"schemaVersion\":2,\"manifests\":[{\"digest\":\"sha256:../../../etc/passwd\"}]}");

        assertThatThrownBy(() -> read(layout))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(layout + ": index.json manifest invalid sha256 digest '../../../etc/passwd':"
                        + " expected 64 lower-case hex characters");
    }
    @Test
    void read_failsNamingAnIndexEntryWithABlankPlatform() throws Exception {
        ImageBuilder builder = new ImageBuilder().layer(new TarBuilder().file("a", "a"));
        Path layout = builder.writeOciLayout(dir.resolve("layout"));
        Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"digest\":\""
                + builder.manifestDigest() + "\",\"platform\":{\"os\":\"\",\"architecture\":\"amd64\"}}]}");

        assertThatThrownBy(() -> read(layout))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(layout + ": index.json has an invalid platform: invalid platform '/amd64':"
                        + " os and architecture must be set");
    }

    @Test
    void read_failsNamingAConfigWithABlankArchitecture() throws Exception {
        Path image = archive(new TarBuilder()
                .file("config.json", "{\"os\":\"linux\",\"architecture\":\"\",\"rootfs\":{\"diff_ids\":[]}}")
                .file("manifest.json", "[{\"Config\":\"config.json\",\"Layers\":[]}]"));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": config.json has an invalid platform: invalid platform 'linux/':"
                        + " os and architecture must be set");
    }

    @Test
    void read_failsNamingManifestJsonNestedTooDeeply() throws Exception {
        Path image = archive(new TarBuilder().file("manifest.json", "[".repeat(10_000) + "]".repeat(10_000)));

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image + ": manifest.json is not valid JSON: ")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void read_failsNamingALayerWithAMalformedPaxHeader() throws Exception {
        byte[] layer = new TarBuilder().file("a", "a").build();
        // a pax header giving the next entry the size "abcde"
        byte[] pax = "14 size=abcde\n".getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry header = new TarArchiveEntry("././@PaxHeader",
                TarConstants.LF_PAX_EXTENDED_HEADER_LC);
        header.setSize(pax.length);
        byte[] h = new byte[512];
        header.writeEntryHeader(h);
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        tar.writeBytes(h);
        tar.writeBytes(Arrays.copyOf(pax, 512));
        tar.writeBytes(layer);
        ImageBuilder builder = new ImageBuilder().layer(tar.toByteArray(), ImageBuilder.Compression.NONE);
        Path layout = builder.writeOciLayout(dir.resolve("layout"));

        assertThatThrownBy(() -> read(layout))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(layout + ": layer 0 (blobs/sha256/");
    }
}

package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.model.Issue;
import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.ImageBuilder.Compression;
import dev.rampart.testkit.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each {@link Limits} bound, met by an archive built to pass it. */
class LimitsTest {
    private static final Limits D = Limits.DEFAULT;

    @TempDir
    Path dir;

    private static Limits limits(long layerBytes, long entries, long fileBytes, long totalBytes, int metadataBytes,
                                 int pathLength) {
        return new Limits(layerBytes, entries, fileBytes, totalBytes, metadataBytes, pathLength, D.maxSymlinkHops(),
                D.maxIndexDepth(), D.maxArchiveBytes());
    }

    private static ImageFiles read(Path image, Limits limits, PathFilter wanted) throws ImageReadException {
        return ImageReader.builder().limits(limits).wanting(wanted).build().read(ImageSource.detect(image));
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"GZIP", "ZSTD"})
    void read_failsWhenALayerInflatesPastMaxLayerBytes(Compression compression) throws Exception {
        ImageBuilder builder = new ImageBuilder()
                .layer(new TarBuilder().file("etc/ok", "ok"), compression)
                .layer(new TarBuilder().file("zeros", new byte[10 << 20]), compression);
        Path image = builder.writeOciLayout(dir.resolve("layout"));
        String blob = builder.layerDigests().get(1).substring(7);
        assertThat(Files.size(image.resolve("blobs/sha256/" + blob))).as("stored size of the bomb").isLessThan(64 << 10);

        assertThatThrownBy(() -> read(image, D.withMaxLayerBytes(1 << 20), PathFilter.NONE))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": layer 1 (blobs/sha256/" + blob + ") inflates past 1048576 bytes (Limits.maxLayerBytes)");
    }

    @Test
    void read_failsWhenALayerInflatesPastMaxLayerBytesInAWantedFile() throws Exception {
        Path image = new ImageBuilder().layer(new TarBuilder().file("var/lib/dpkg/status", new byte[10 << 20]))
                .writeDockerArchive(dir.resolve("image.tar"));

        assertThatThrownBy(() -> read(image, D.withMaxLayerBytes(1 << 20), p -> true))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image + ": layer 0 (")
                .hasMessageEndingWith("/layer.tar) inflates past 1048576 bytes (Limits.maxLayerBytes)");
    }

    @Test
    void read_acceptsALayerOfExactlyMaxLayerBytes() throws Exception {
        byte[] tar = new TarBuilder().file("zeros", new byte[4096]).build();
        Path image = new ImageBuilder().layer(tar, Compression.GZIP).writeOciLayout(dir.resolve("layout"));

        assertThat(read(image, D.withMaxLayerBytes(tar.length), PathFilter.NONE).tree().get("/zeros")).isPresent();
        assertThatThrownBy(() -> read(image, D.withMaxLayerBytes(tar.length - 1), PathFilter.NONE))
                .hasMessageEndingWith("inflates past " + (tar.length - 1) + " bytes (Limits.maxLayerBytes)");
    }

    @Test
    void read_failsWhenALayerHoldsMoreThanMaxEntriesPerLayer() throws Exception {
        TarBuilder many = new TarBuilder();
        for (int i = 0; i < 50; i++) {
            many.file("f/" + i, "");
        }
        ImageBuilder builder = new ImageBuilder().layer(many);
        Path image = builder.writeOciArchive(dir.resolve("oci.tar"));

        assertThat(read(image, D.withMaxEntriesPerLayer(50), PathFilter.NONE).tree().size()).isEqualTo(50);
        assertThatThrownBy(() -> read(image, D.withMaxEntriesPerLayer(10), PathFilter.NONE))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": layer 0 (blobs/sha256/" + builder.layerDigests().get(0).substring(7)
                        + "): holds more than 10 entries (Limits.maxEntriesPerLayer)");
    }

    @Test
    void read_skipsAWantedFileLargerThanMaxBufferedFileBytesWithAnIssue() throws Exception {
        ImageBuilder builder = new ImageBuilder().layer(new TarBuilder().file("big", new byte[2000]).file("small", "s"));
        Path image = builder.writeOciLayout(dir.resolve("layout"));

        ImageFiles files = read(image, D.withMaxBufferedFileBytes(1000), p -> true);

        assertThat(files.tree().get("/big")).get().satisfies(n -> {
            assertThat(n.size()).isEqualTo(2000);
            assertThat(n.content()).isNull();
        });
        assertThat(files.tree().read("/small")).get().isEqualTo(new byte[] {'s'});
        assertThat(files.issues()).containsExactly(new Issue(
                "layer 0 entry /big", "skipped: 2000 bytes is more than 1000 (Limits.maxBufferedFileBytes)"));
    }

    @Test
    void read_keepsWantedFilesUpToMaxBufferedTotalBytes() throws Exception {
        Path image = new ImageBuilder()
                .layer(new TarBuilder().file("a", new byte[80]).file("b", new byte[50]).file("c", new byte[10]))
                .writeOciLayout(dir.resolve("layout"));

        ImageFiles files = read(image, limits(1 << 20, 100, 100, 100, 1 << 20, 4096), p -> true);

        // a (80) is kept; b would make 130 and is skipped; c makes 90 and is kept
        assertThat(files.tree().read("/a")).isPresent();
        assertThat(files.tree().read("/b")).isEmpty();
        assertThat(files.tree().read("/c")).isPresent();
        assertThat(files.issues()).containsExactly(new Issue("layer 0 entry /b",
                "skipped: the image's wanted files exceed 100 bytes in memory (Limits.maxBufferedTotalBytes)"));
    }

    @Test
    void read_skipsEntryWithANameLongerThanMaxPathLength() throws Exception {
        String longName = "d/" + "x".repeat(300);
        Path image = new ImageBuilder().layer(new TarBuilder().file(longName, "x").file("ok", "ok"))
                .writeOciLayout(dir.resolve("layout"));

        ImageFiles files = read(image, limits(1 << 20, 100, 100, 100, 1 << 20, 256), PathFilter.NONE);

        assertThat(files.tree().all()).extracting(FileNode::path).containsExactly("/ok");
        assertThat(files.issues()).extracting(Issue::message)
                .containsExactly("skipped entry with a name longer than 256 characters (Limits.maxPathLength)");
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void read_failsCleanlyOnATruncatedEntryClaimingAHugeSize(Compression compression) throws Exception {
        for (boolean wanted : new boolean[] {true, false}) {
            ImageBuilder builder = new ImageBuilder().layer(new TarBuilder().file("etc/ok", "ok")
                    .truncatedFile("huge", 7L << 30, new byte[1000]), compression);
            Path image = builder.writeOciLayout(Files.createDirectories(dir.resolve("wanted-" + wanted)).resolve("layout"));

            assertThatThrownBy(() -> read(image, D, p -> wanted))
                    .as("huge entry wanted: %s", wanted)
                    .isInstanceOf(ImageReadException.class)
                    .hasMessageStartingWith(image + ": layer 0 (blobs/sha256/" + builder.layerDigests().get(0).substring(7)
                            + "): cannot be read: ");
        }
    }

    @Test
    void read_failsCleanlyOnATruncatedWantedEntryWithinTheBufferLimit() throws Exception {
        Path image = new ImageBuilder().layer(new TarBuilder().truncatedFile("var/lib/dpkg/status", 100 << 20,
                        "Package: bash\n".getBytes(StandardCharsets.UTF_8)), Compression.NONE)
                .writeDockerArchive(dir.resolve("image.tar"));

        assertThatThrownBy(() -> read(image, D, p -> true))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image + ": layer 0 (")
                .hasMessageContaining("/layer.tar): cannot be read: ");
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"DOCKER_LEGACY", "OCI_LAYOUT"})
    void read_failsWhenAMetadataDocumentIsLargerThanMaxMetadataBytes(ImageFormat format) throws Exception {
        Path image = format.write(new ImageBuilder().layer(new TarBuilder().file("a", "a")).repoTag("x/y:z"), dir);
        String first = format == ImageFormat.DOCKER_LEGACY ? "manifest.json" : "index.json";

        assertThatThrownBy(() -> read(image, limits(1 << 20, 100, 100, 100, 64, 4096), PathFilter.NONE))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image + ": " + first + " is larger than 64 bytes (Limits.maxMetadataBytes)");
    }

    @Test
    void limits_rejectsAZeroOrNegativeBound() {
        assertThatThrownBy(() -> D.withMaxLayerBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("every limit must be positive: Limits[maxLayerBytes=0,");
    }
}

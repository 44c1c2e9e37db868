package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every blob is checked while it streams: a tampered image fails, naming the blob and both digests. */
class DigestVerificationTest {
    @TempDir
    Path dir;

    private static ImageBuilder image() {
        return new ImageBuilder()
                .layer(new TarBuilder().file("etc/os-release", "ID=alpine\n"))
                .layer(new TarBuilder().file("app/main", "code"));
    }

    private static ImageFiles read(Path path) throws ImageReadException {
        return ImageReader.builder().build().read(ImageSource.detect(path));
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"DOCKER_OCI", "OCI_LAYOUT", "OCI_ARCHIVE", "OCI_ARCHIVE_GZIPPED"})
    void read_failsWhenALayerBlobDoesNotMatchItsDigest(ImageFormat format) throws Exception {
        ImageBuilder builder = image().corruptLayerDigest(1);
        String named = builder.layerDigests().get(1);
        Path image = format.write(builder, dir);

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image + ": layer 1 (blobs/sha256/" + named.substring(7) + "): "
                        + "blob digest mismatch: expected " + named + ", got sha256:")
                .hasMessageNotContaining("got " + named);
    }

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void read_failsWhenADiffIdDoesNotMatchTheUncompressedLayer(ImageFormat format) throws Exception {
        ImageBuilder builder = image().corruptDiffId(0);
        String actual = image().diffIds().get(0);
        Path image = format.write(builder, dir);

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image + ": layer 0 (")
                .hasMessageContaining("): uncompressed layer (diff id) digest mismatch: expected sha256:")
                .hasMessageEndingWith(", got " + actual);
    }

    @Test
    void read_legacyArchiveChecksLayersByDiffIdAlone() throws Exception {
        // the legacy archive names layers by directory only, so a wrong directory name is no tampering...
        Path renamed = image().corruptLayerDigest(0).writeDockerArchive(dir.resolve("renamed.tar"));
        assertThat(read(renamed).tree().get("/etc/os-release")).isPresent();

        // ...but bytes that differ from the config's diff id are
        Path tampered = image().corruptDiffId(1).writeDockerArchive(dir.resolve("tampered.tar"));
        assertThatThrownBy(() -> read(tampered))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(tampered + ": layer 1 (")
                .hasMessageContaining("/layer.tar): uncompressed layer (diff id) digest mismatch");
    }

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void read_failsWhenTheConfigDoesNotMatchItsDigest(ImageFormat format) throws Exception {
        ImageBuilder builder = image().tamperConfig();
        String named = builder.configDigest();
        Path image = format.write(builder, dir);

        assertThatThrownBy(() -> read(image))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image + ": ")
                .hasMessageContaining(named.substring(7))
                .hasMessageContaining(" digest mismatch: expected " + named + ", got sha256:");
    }
}

package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gzipped archive is inflated into a private temp dir, the only thing the reader writes. Each
 * read runs in a child JVM whose {@code java.io.tmpdir} is a directory of this test's own, so the
 * listing before and after is exact even while other builds use the machine's temp dir.
 */
class TempFilesTest {
    @TempDir
    Path dir;

    private Path tmp;
    private Path images;

    @BeforeEach
    void dirs() throws IOException {
        tmp = Files.createDirectories(dir.resolve("tmp"));
        images = Files.createDirectories(dir.resolve("images"));
    }

    private static ImageBuilder image() {
        return new ImageBuilder().layer(new TarBuilder().file("etc/os-release", "ID=alpine\n"))
                .layer(new TarBuilder().file("app/main", "code"));
    }

    /** Runs {@link TempDirProbe} on {@code image} and returns its output lines. */
    private List<String> readInChildJvm(Path image) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), TempDirProbe.class.getName(), image.toString())
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("child JVM ended").isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("child JVM exit code; output:%n%s", text).isZero();
        return text.lines().toList();
    }

    @Test
    void read_gzippedArchiveLeavesNoTempFilesBehind() throws Exception {
        Path image = ImageBuilder.gzip(image().writeDockerArchive(images.resolve("plain.tar")), images.resolve("image.tar.gz"));
        String imagesBefore = TempDirProbe.listing(images);

        List<String> out = readInChildJvm(image);

        assertThat(out).anySatisfy(l -> assertThat(l).matches("during: rampart-\\w+"));
        assertThat(out).contains("read: 2 files");
        assertThat(TempDirProbe.listing(tmp)).isEmpty();
        assertThat(TempDirProbe.listing(images)).isEqualTo(imagesBefore);
    }

    @Test
    void read_gzippedArchiveThatFailsLeavesNoTempFilesBehind() throws Exception {
        Path image = ImageBuilder.gzip(image().corruptLayerDigest(1).writeOciArchive(images.resolve("plain.tar")),
                images.resolve("oci.tar.gz"));

        List<String> out = readInChildJvm(image);

        assertThat(out).anySatisfy(l -> assertThat(l).matches("during: rampart-\\w+"));
        assertThat(out).anySatisfy(l -> assertThat(l).startsWith("failed: " + image + ": layer 1").contains("digest mismatch"));
        assertThat(TempDirProbe.listing(tmp)).isEmpty();
    }

    @Test
    void read_gzippedGarbageLeavesNoTempFilesBehind() throws Exception {
        byte[] noise = new byte[256 * 1024];
        new Random(3).nextBytes(noise);
        Path garbage = Files.write(images.resolve("noise.bin"), noise);
        Path image = ImageBuilder.gzip(garbage, images.resolve("noise.tar.gz"));

        List<String> out = readInChildJvm(image);

        assertThat(out).anySatisfy(l -> assertThat(l).startsWith("failed: " + image + ": "));
        assertThat(TempDirProbe.listing(tmp)).isEmpty();
    }

    @Test
    void read_plainArchiveWritesNothing() throws Exception {
        Path image = image().writeOciArchive(images.resolve("oci.tar"));

        List<String> out = readInChildJvm(image);

        assertThat(out).contains("during: ", "read: 2 files");
        assertThat(TempDirProbe.listing(tmp)).isEmpty();
    }
}

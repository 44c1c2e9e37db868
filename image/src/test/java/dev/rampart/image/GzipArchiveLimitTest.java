package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzip-compressed image archive is unpacked to a temp file: how far it may inflate is bounded. */
class GzipArchiveLimitTest {
    @Test
    void read_stopsWhenTheOuterArchiveInflatesPastTheLimit(@TempDir Path dir) {
        Path tar = new ImageBuilder().layer(new TarBuilder().file("zeros", new byte[2_000_000]), ImageBuilder.Compression.NONE)
                .writeOciArchive(dir.resolve("image.tar"));
        Path gz = ImageBuilder.gzip(tar, dir.resolve("image.tar.gz"));
        assertThat(gz.toFile().length()).isLessThan(100_000);
        ImageReader reader = ImageReader.builder().limits(Limits.DEFAULT.withMaxArchiveBytes(1_000_000)).build();
        assertThatThrownBy(() -> reader.read(new ImageSource.OciArchive(gz)))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(gz + ": gzip-compressed archive inflates past 1000000 bytes (Limits.maxArchiveBytes)");
    }

    @Test
    void read_acceptsTheSameArchiveUnderTheDefaultLimit(@TempDir Path dir) throws Exception {
        Path tar = new ImageBuilder().layer(new TarBuilder().file("zeros", new byte[2_000_000]), ImageBuilder.Compression.NONE)
                .writeOciArchive(dir.resolve("image.tar"));
        Path gz = ImageBuilder.gzip(tar, dir.resolve("image.tar.gz"));
        ImageFiles files = ImageReader.builder().build().read(new ImageSource.OciArchive(gz));
        assertThat(files.tree().get("/zeros")).get().extracting(FileNode::size).isEqualTo(2_000_000L);
    }
}

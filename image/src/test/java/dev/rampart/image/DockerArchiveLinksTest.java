package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** skopeo writes {@code <id>/layer.tar} as a symbolic link to {@code ../<diffid>.tar} inside the archive. */
class DockerArchiveLinksTest {
    private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static Path archive(Path dir, String linkTarget) throws Exception {
        byte[] layer = new TarBuilder().file("etc/hostname", "linked\n").build();
        String diffId = ImageBuilder.sha256(layer);
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + diffId + "\"]}}";
        String configName = ImageBuilder.sha256(config.getBytes()).substring(7) + ".json";
        byte[] tar = new TarBuilder()
                .file(diffId.substring(7) + ".tar", layer)
                .symlink(HEX + "/layer.tar", linkTarget)
                .file(configName, config)
                .file("manifest.json", "[{\"Config\":\"" + configName + "\",\"Layers\":[\"" + HEX + "/layer.tar\"]}]")
                .build();
        Path file = dir.resolve("skopeo.tar");
        Files.write(file, tar);
        return file;
    }

    @Test
    void read_followsLayerLinkToAFileInsideTheArchive(@TempDir Path dir) throws Exception {
        byte[] layer = new TarBuilder().file("etc/hostname", "linked\n").build();
        Path image = archive(dir, "../" + ImageBuilder.sha256(layer).substring(7) + ".tar");
        ImageFiles files = ImageReader.builder().wanting(p -> p.equals("/etc/hostname")).build().read(ImageSource.detect(image));
        assertThat(files.tree().read("/etc/hostname")).hasValue("linked\n".getBytes());
    }

    @Test
    void read_refusesLayerLinkPointingNowhereInTheArchive(@TempDir Path dir) throws Exception {
        Path image = archive(dir, "../../../../etc/passwd");
        assertThatThrownBy(() -> ImageReader.builder().build().read(ImageSource.detect(image)))
                .isInstanceOf(ImageReadException.class)
                .hasMessageContaining(HEX + "/layer.tar");
    }
}

package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageSourceTest {
    @TempDir
    Path dir;

    private static ImageBuilder image() {
        return new ImageBuilder().layer(new TarBuilder().file("etc/os-release", "ID=alpine\n"));
    }

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void detect_picksTheFormOfEachFormat(ImageFormat format) throws Exception {
        Path path = format.write(image(), dir);

        ImageSource source = ImageSource.detect(path);

        Class<? extends ImageSource> expected = switch (format.kind) {
            case DOCKER_ARCHIVE -> ImageSource.DockerArchive.class;
            case OCI_LAYOUT -> ImageSource.OciLayout.class;
            case OCI_ARCHIVE -> ImageSource.OciArchive.class;
            case ROOT_DIRECTORY -> ImageSource.RootDirectory.class;
        };
        assertThat(source).isInstanceOf(expected);
        assertThat(source.path()).isEqualTo(path);
    }

    @Test
    void detect_takesADirectoryWithoutIndexJsonAsARootFileSystem() throws Exception {
        Files.createDirectories(dir.resolve("etc"));

        assertThat(ImageSource.detect(dir)).isEqualTo(new ImageSource.RootDirectory(dir));
    }

    @Test
    void detect_failsNamingAMissingPath() {
        Path missing = dir.resolve("no-such-image.tar");

        assertThatThrownBy(() -> ImageSource.detect(missing))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(missing + ": no such file or directory");
    }

    @Test
    void detect_failsNamingARandomFile() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Path random = Files.write(dir.resolve("random.bin"), noise);

        assertThatThrownBy(() -> ImageSource.detect(random))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(random + ": not a tar archive, OCI layout or directory");
    }

    @Test
    void detect_failsNamingAShortTextFile() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some text\n");

        assertThatThrownBy(() -> ImageSource.detect(text))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(text + ": not a tar archive, OCI layout or directory");
    }

    @Test
    void detect_failsNamingAnEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.tar"));

        assertThatThrownBy(() -> ImageSource.detect(empty))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(empty + ": not a tar archive, OCI layout or directory (no tar entry found)");
    }

    @Test
    void detect_failsNamingATarThatIsNoImage() throws Exception {
        Path tar = Files.write(dir.resolve("files.tar"), new TarBuilder().file("README", "hello").build());

        assertThatThrownBy(() -> ImageSource.detect(tar))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(tar + ": tar archive has neither manifest.json (docker save) nor index.json (OCI layout)");
    }

    @Test
    void read_failsNamingAnOciLayoutWithoutIndexJson() throws Exception {
        Path layout = image().writeOciLayout(dir.resolve("layout"));
        Files.delete(layout.resolve("index.json"));

        assertThatThrownBy(() -> ImageReader.builder().build().read(new ImageSource.OciLayout(layout)))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(layout + ": not an OCI layout (index.json is missing)");
    }
}

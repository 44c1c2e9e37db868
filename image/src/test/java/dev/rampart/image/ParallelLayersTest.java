package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.ImageBuilder.Compression;
import dev.rampart.testkit.TarBuilder;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Layers are read in parallel from one archive; each must still get exactly its own bytes. */
class ParallelLayersTest {
    private static final int LAYERS = 6;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"DOCKER_LEGACY", "DOCKER_OCI", "OCI_ARCHIVE", "OCI_LAYOUT"})
    void read_layersReadInParallelFromOneArchiveEachGetTheirOwnBytes(ImageFormat format) throws Exception {
        Random random = new Random(7);
        ImageBuilder builder = new ImageBuilder();
        byte[][] contents = new byte[LAYERS][];
        for (int i = 0; i < LAYERS; i++) {
            contents[i] = new byte[1 << 20];
            random.nextBytes(contents[i]);
            builder.layer(new TarBuilder().file("layer" + i + "/data", contents[i]).file("shared", "layer " + i),
                    Compression.NONE);
        }
        Path image = format.write(builder, dir);

        for (int attempt = 0; attempt < 5; attempt++) {
            ImageFiles files = ImageReader.builder().wanting(p -> true).build().read(ImageSource.detect(image));

            for (int i = 0; i < LAYERS; i++) {
                assertThat(files.tree().read("/layer" + i + "/data")).get().isEqualTo(contents[i]);
            }
            assertThat(files.tree().read("/shared")).get().extracting(String::new).isEqualTo("layer " + (LAYERS - 1));
        }
    }
}

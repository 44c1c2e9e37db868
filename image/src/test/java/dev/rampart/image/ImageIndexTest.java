package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.model.Digest;
import dev.rampart.model.Platform;
import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageIndexTest {
    @TempDir
    Path dir;

    private static ImageBuilder built(String arch, String variant) {
        return new ImageBuilder().platform("linux", arch, variant)
                .layer(new TarBuilder().file("etc/arch", arch + variant));
    }

    /** amd64 first or second in the index must not matter; arm64 and arm/v7 are offered too. */
    private static ImageBuilder multiPlatform(boolean amd64First) {
        ImageBuilder first = amd64First ? built("amd64", "") : built("arm64", "v8");
        return first.repoTag("example.org/multi:1")
                .platformImage(amd64First ? built("arm64", "v8") : built("amd64", ""))
                .platformImage(built("arm", "v7"));
    }

    private static String arch(ImageFiles files) {
        return files.tree().read("/etc/arch").map(b -> new String(b, StandardCharsets.UTF_8)).orElseThrow();
    }

    private static ImageFiles read(Path path, Platform platform) throws ImageReadException {
        return ImageReader.builder().platform(platform).wanting(p -> p.equals("/etc/arch")).build()
                .read(ImageSource.detect(path));
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"OCI_LAYOUT", "OCI_ARCHIVE"})
    void read_picksLinuxAmd64ByDefault(ImageFormat format) throws Exception {
        for (boolean amd64First : new boolean[] {true, false}) {
            Path image = format.write(multiPlatform(amd64First),
                    Files.createDirectories(dir.resolve("amd64-first-" + amd64First)));

            ImageFiles files = ImageReader.builder().wanting(p -> p.equals("/etc/arch")).build()
                    .read(ImageSource.detect(image));

            assertThat(arch(files)).isEqualTo("amd64");
            assertThat(files.artifact().platform()).isEqualTo(Platform.LINUX_AMD64);
            assertThat(files.artifact().imageId()).isEqualTo(Digest.parse(built("amd64", "").configDigest()));
            assertThat(files.artifact().manifestDigest()).isEqualTo(Digest.parse(built("amd64", "").manifestDigest()));
        }
    }

    @Test
    void read_picksArm64WhenAskedFor() throws Exception {
        Path image = multiPlatform(true).writeOciLayout(dir.resolve("layout"));

        ImageFiles files = read(image, Platform.parse("linux/arm64"));

        assertThat(arch(files)).isEqualTo("arm64v8");
        assertThat(files.artifact().platform()).isEqualTo(new Platform("linux", "arm64", "v8"));
        assertThat(files.artifact().manifestDigest()).isEqualTo(Digest.parse(built("arm64", "v8").manifestDigest()));
    }

    @Test
    void read_picksTheVariantAskedFor() throws Exception {
        Path image = multiPlatform(true).writeOciArchive(dir.resolve("oci.tar"));

        assertThat(arch(read(image, Platform.parse("linux/arm/v7")))).isEqualTo("armv7");
    }

    @Test
    void read_failsForAnUnofferedPlatformNamingThoseOffered() throws Exception {
        Path image = multiPlatform(true).writeOciLayout(dir.resolve("layout"));

        assertThatThrownBy(() -> read(image, Platform.parse("linux/s390x")))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image.toAbsolutePath() + ": index.json has no image for platform linux/s390x"
                        + " (it offers linux/amd64, linux/arm64/v8, linux/arm/v7); choose one with --platform");
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"OCI_LAYOUT", "OCI_ARCHIVE", "OCI_ARCHIVE_GZIPPED"})
    void read_followsANestedIndex(ImageFormat format) throws Exception {
        Path image = format.write(multiPlatform(true).nestedIndex(), dir);

        ImageFiles amd64 = read(image, Platform.LINUX_AMD64);
        ImageFiles arm64 = read(image, Platform.parse("linux/arm64"));

        assertThat(arch(amd64)).isEqualTo("amd64");
        assertThat(arch(arm64)).isEqualTo("arm64v8");
        assertThat(amd64.artifact().repoTags()).containsExactly("example.org/multi:1");
    }

    @Test
    void read_dockerArchiveReadsTheImageItsManifestJsonNames() throws Exception {
        Path image = multiPlatform(true).nestedIndex().writeDockerArchiveOciStyle(dir.resolve("image.tar"));

        ImageFiles files = read(image, Platform.LINUX_AMD64);

        assertThat(arch(files)).isEqualTo("amd64");
        assertThat(files.artifact().imageId()).isEqualTo(Digest.parse(built("amd64", "").configDigest()));
    }

    @Test
    void read_dockerArchiveOfSeveralImages_picksTheOneForThePlatform_inEitherOrder() throws Exception {
        for (boolean amd64First : new boolean[] {true, false}) {
            ImageBuilder amd64 = built("amd64", "").repoTag("example.org/app:amd64");
            ImageBuilder arm64 = built("arm64", "v8").repoTag("example.org/app:arm64");
            Path image = ImageBuilder.writeDockerArchive(dir.resolve("saved-" + amd64First + ".tar"),
                    amd64First ? java.util.List.of(amd64, arm64) : java.util.List.of(arm64, amd64));

            ImageFiles byDefault = read(image, Platform.LINUX_AMD64);
            ImageFiles asked = read(image, Platform.parse("linux/arm64"));

            assertThat(arch(byDefault)).isEqualTo("amd64");
            assertThat(byDefault.artifact().repoTags()).containsExactly("example.org/app:amd64");
            assertThat(byDefault.artifact().imageId()).isEqualTo(Digest.parse(amd64.configDigest()));
            assertThat(arch(asked)).isEqualTo("arm64v8");
            assertThat(asked.artifact().platform()).isEqualTo(new Platform("linux", "arm64", "v8"));
        }
    }

    @Test
    void read_dockerArchiveOfSeveralImages_failsForAnUnofferedPlatformNamingThoseOffered() throws Exception {
        Path image = ImageBuilder.writeDockerArchive(dir.resolve("saved.tar"),
                java.util.List.of(built("amd64", ""), built("arm", "v7")));

        assertThatThrownBy(() -> read(image, Platform.parse("linux/s390x")))
                .isInstanceOf(ImageReadException.class)
                .hasMessage(image.toAbsolutePath() + ": manifest.json has no image for platform linux/s390x"
                        + " (it offers linux/amd64, linux/arm/v7); choose one with --platform");
    }

    @Test
    void read_dockerArchiveOfOneImage_isReadWhateverThePlatformAsked() throws Exception {
        Path image = built("arm64", "v8").writeDockerArchive(dir.resolve("arm64.tar"));

        ImageFiles files = read(image, Platform.LINUX_AMD64);

        assertThat(arch(files)).isEqualTo("arm64v8");
        assertThat(files.artifact().platform()).isEqualTo(new Platform("linux", "arm64", "v8"));
    }

    @Test
    void read_followsIndexesNestedUpToTheLimit() throws Exception {
        Path image = multiPlatform(true).nestedIndex(2).writeOciLayout(dir.resolve("layout"));

        ImageFiles files = ImageReader.builder().limits(indexDepth(2)).wanting(p -> true).build()
                .read(ImageSource.detect(image));

        assertThat(arch(files)).isEqualTo("amd64");
    }

    @Test
    void read_failsWhenIndexesNestDeeperThanTheLimit() throws Exception {
        Path image = multiPlatform(true).nestedIndex(2).writeOciLayout(dir.resolve("layout"));

        assertThatThrownBy(() -> ImageReader.builder().limits(indexDepth(1)).build().read(ImageSource.detect(image)))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith(image.toAbsolutePath() + ": index sha256:")
                .hasMessageEndingWith(" image indexes nest deeper than 1 (Limits.maxIndexDepth)");
    }

    private static Limits indexDepth(int depth) {
        Limits d = Limits.DEFAULT;
        return new Limits(d.maxLayerBytes(), d.maxEntriesPerLayer(), d.maxBufferedFileBytes(),
                d.maxBufferedTotalBytes(), d.maxMetadataBytes(), d.maxPathLength(), d.maxSymlinkHops(), depth,
                d.maxArchiveBytes());
    }
}

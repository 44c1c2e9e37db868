package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Digest;
import dev.rampart.model.LayerInfo;
import dev.rampart.model.Platform;
import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.ImageBuilder.Compression;
import dev.rampart.testkit.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ImageFormatsTest {
    @TempDir
    Path dir;

    private static ImageBuilder twoLayers(Compression compression) {
        return new ImageBuilder()
                .layer(new TarBuilder().dir("etc").file("etc/os-release", "ID=alpine\n").file("bin/sh", "ELF"), compression)
                .layer(new TarBuilder().file("etc/motd", "welcome\n").file("app/run.sh", "#!/bin/sh"), compression)
                .repoTag("example.org/app:1.0")
                .env("PATH=/usr/bin:/bin")
                .env("LANG=C.UTF-8");
    }

    private static ImageFiles read(Path path, PathFilter wanted) throws ImageReadException {
        return ImageReader.builder().wanting(wanted).build().read(ImageSource.detect(path));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void read_eachFormatGivesTheSquashedTree(ImageFormat format) throws Exception {
        Path image = format.write(twoLayers(Compression.GZIP), dir);

        ImageFiles files = read(image, p -> p.equals("/etc/os-release") || p.equals("/etc/motd"));

        assertThat(files.artifact().kind()).isEqualTo(format.kind);
        assertThat(files.tree().all()).extracting(FileNode::path)
                .containsExactlyInAnyOrder("/etc", "/etc/os-release", "/bin/sh", "/etc/motd", "/app/run.sh");
        assertThat(files.tree().read("/etc/os-release")).get().extracting(ImageFormatsTest::text).isEqualTo("ID=alpine\n");
        assertThat(files.tree().read("/etc/motd")).get().extracting(ImageFormatsTest::text).isEqualTo("welcome\n");
        assertThat(files.tree().get("/etc/motd")).get().extracting(FileNode::layer).isEqualTo(1);
        assertThat(files.issues()).isEmpty();
    }

    static Stream<Arguments> formatsAndCompressions() {
        return Stream.of(ImageFormat.values())
                .flatMap(f -> Stream.of(Compression.values()).map(c -> Arguments.of(f, c)));
    }

    @ParameterizedTest(name = "{0} with {1} layers")
    @MethodSource("formatsAndCompressions")
    void read_layersStoredAsTarGzipOrZstd(ImageFormat format, Compression compression) throws Exception {
        Path image = format.write(twoLayers(compression), dir);

        ImageFiles files = read(image, p -> p.equals("/app/run.sh"));

        assertThat(files.tree().read("/app/run.sh")).get().extracting(ImageFormatsTest::text).isEqualTo("#!/bin/sh");
        assertThat(files.tree().get("/bin/sh")).get().extracting(FileNode::size).isEqualTo(3L);
        assertThat(files.issues()).isEmpty();
    }

    @Test
    void read_mixedLayerCompressionsInOneImage() throws Exception {
        Path image = new ImageBuilder()
                .layer(new TarBuilder().file("a", "plain"), Compression.NONE)
                .layer(new TarBuilder().file("b", "gzip"), Compression.GZIP)
                .layer(new TarBuilder().file("c", "zstd"), Compression.ZSTD)
                .writeOciArchive(dir.resolve("oci.tar"));

        ImageFiles files = read(image, p -> true);

        assertThat(files.tree().all()).extracting(n -> text(n.content())).containsExactly("plain", "gzip", "zstd");
        assertThat(files.artifact().layers()).extracting(LayerInfo::mediaType).containsExactly(
                "application/vnd.oci.image.layer.v1.tar",
                "application/vnd.oci.image.layer.v1.tar+gzip",
                "application/vnd.oci.image.layer.v1.tar+zstd");
    }

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void read_recordsImageIdLayerDigestsDiffIdsAndPlatform(ImageFormat format) throws Exception {
        ImageBuilder builder = twoLayers(Compression.GZIP);
        Path image = format.write(builder, dir);

        ArtifactInfo info = read(image, PathFilter.NONE).artifact();

        assertThat(info.name()).isEqualTo(image.toString());
        assertThat(info.imageId()).isEqualTo(Digest.parse(builder.configDigest()));
        assertThat(info.platform()).isEqualTo(Platform.LINUX_AMD64);
        assertThat(info.layers()).extracting(l -> l.diffId().toString()).isEqualTo(builder.diffIds());
        // a legacy archive names layers by path only: the digest is then computed from the stored bytes
        assertThat(info.layers()).extracting(l -> l.digest().toString()).isEqualTo(builder.layerDigests());
        assertThat(info.layers()).extracting(LayerInfo::createdBy).containsExactly("testkit layer 0", "testkit layer 1");
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"DOCKER_OCI", "DOCKER_OCI_DOT_SLASH"})
    void read_docker25ArchiveRecordsTheManifestDigestOfItsOciIndex(ImageFormat format) throws Exception {
        ImageBuilder builder = twoLayers(Compression.GZIP);
        Path image = format.write(builder, dir);

        assertThat(read(image, PathFilter.NONE).artifact().manifestDigest()).isEqualTo(Digest.parse(builder.manifestDigest()));
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"OCI_LAYOUT", "OCI_ARCHIVE", "OCI_ARCHIVE_GZIPPED"})
    void read_ociFormsRecordManifestDigestAndStoredLayerSizes(ImageFormat format) throws Exception {
        ImageBuilder builder = twoLayers(Compression.GZIP);
        Path image = format.write(builder, dir);

        ArtifactInfo info = read(image, PathFilter.NONE).artifact();

        assertThat(info.manifestDigest()).isEqualTo(Digest.parse(builder.manifestDigest()));
        assertThat(info.layers()).allSatisfy(l -> assertThat(l.size()).isPositive());
        assertThat(info.layers()).extracting(LayerInfo::mediaType)
                .containsOnly("application/vnd.oci.image.layer.v1.tar+gzip");
    }

    @ParameterizedTest
    @EnumSource(ImageFormat.class)
    void read_recordsRepoTags(ImageFormat format) throws Exception {
        Path image = format.write(twoLayers(Compression.GZIP), dir);

        assertThat(read(image, PathFilter.NONE).artifact().repoTags()).containsExactly("example.org/app:1.0");
    }

    @Test
    void read_legacyArchiveCarriesAllRepoTagsAndNoManifestDigest() throws Exception {
        Path image = twoLayers(Compression.GZIP).repoTag("example.org/app:latest")
                .writeDockerArchive(dir.resolve("image.tar"));

        ArtifactInfo info = read(image, PathFilter.NONE).artifact();

        assertThat(info.repoTags()).containsExactly("example.org/app:1.0", "example.org/app:latest");
        assertThat(info.manifestDigest()).isNull();
        assertThat(info.kind()).isEqualTo(ArtifactKind.DOCKER_ARCHIVE);
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"DOCKER_LEGACY", "OCI_LAYOUT"})
    void read_recordsConfigEnvLabelsUserAndHistory(ImageFormat format) throws Exception {
        ImageBuilder builder = twoLayers(Compression.GZIP).label("maintainer", "ops@example.org").user("app");
        Path image = format.write(builder, dir);

        ImageConfig config = read(image, PathFilter.NONE).config();

        assertThat(config.env()).containsExactly("PATH=/usr/bin:/bin", "LANG=C.UTF-8");
        assertThat(config.labels()).containsExactly(Map.entry("maintainer", "ops@example.org"));
        assertThat(config.user()).isEqualTo("app");
        assertThat(config.history()).containsExactly("testkit layer 0", "testkit layer 1");
    }

    @Test
    void read_matchesHistoryToLayersSkippingEmptyLayerEntries() throws Exception {
        Path image = new ImageBuilder()
                .emptyLayerHistory("ARG VERSION=1")
                .layer(new TarBuilder().file("a", "a"), Compression.GZIP)
                .emptyLayerHistory("ENV X=1")
                .layer(new TarBuilder().file("b", "b"), Compression.GZIP)
                .emptyLayerHistory("CMD [\"sh\"]")
                .writeOciLayout(dir.resolve("layout"));

        ImageFiles files = read(image, PathFilter.NONE);

        assertThat(files.artifact().layers()).extracting(LayerInfo::createdBy)
                .containsExactly("testkit layer 0", "testkit layer 1");
        assertThat(files.config().history())
                .containsExactly("ARG VERSION=1", "testkit layer 0", "ENV X=1", "testkit layer 1", "CMD [\"sh\"]");
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"DOCKER_LEGACY", "OCI_ARCHIVE"})
    void read_keepsBytesOfWantedFilesOnlyAndMetadataOfAll(ImageFormat format) throws Exception {
        Path image = format.write(twoLayers(Compression.GZIP), dir);
        List<String> asked = new CopyOnWriteArrayList<>();

        ImageFiles files = read(image, p -> {
            asked.add(p);
            return p.equals("/etc/os-release");
        });

        assertThat(files.tree().get("/etc/os-release")).get().satisfies(n -> {
            assertThat(n.content()).isNotNull();
            assertThat(n.size()).isEqualTo(10);
        });
        assertThat(files.tree().all()).filteredOn(n -> !n.path().equals("/etc/os-release"))
                .allSatisfy(n -> assertThat(n.content()).as(n.path()).isNull());
        assertThat(files.tree().get("/app/run.sh")).get().satisfies(n -> {
            assertThat(n.type()).isEqualTo(FileNode.Type.FILE);
            assertThat(n.size()).isEqualTo(9);
            assertThat(n.mode()).isEqualTo(0644);
        });
        // one pass: the filter is asked once per regular file, directories are not offered
        assertThat(asked).containsExactlyInAnyOrder("/etc/os-release", "/bin/sh", "/etc/motd", "/app/run.sh");
    }

    @Test
    void read_reportsProgressForEveryLayer() throws Exception {
        Path image = twoLayers(Compression.GZIP).writeOciLayout(dir.resolve("layout"));
        long[] started = new long[2];
        List<Integer> done = new CopyOnWriteArrayList<>();
        AtomicLong bytes = new AtomicLong();

        ImageReader.builder().listener(new ReadListener() {
            @Override
            public void started(int layers, long totalBytes) {
                started[0] = layers;
                started[1] = totalBytes;
            }

            @Override
            public void bytesRead(long delta) {
                bytes.addAndGet(delta);
            }

            @Override
            public void layerDone(int index) {
                done.add(index);
            }
        }).build().read(ImageSource.detect(image));

        assertThat(started[0]).isEqualTo(2);
        assertThat(bytes.get()).isEqualTo(started[1]);
        assertThat(done).containsExactlyInAnyOrder(0, 1);
    }
}

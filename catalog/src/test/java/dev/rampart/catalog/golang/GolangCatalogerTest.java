package dev.rampart.catalog.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.testkit.Corpus;
import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GolangCatalogerTest {
    private final GolangCataloger cataloger = new GolangCataloger();

    @TempDir
    static Path corpusCopy;

    @Test
    void catalog_readsEsbuildFromCorpusImageAsTrivyDoesPlusMainModuleAndStdlib() throws Exception {
        CatalogResult r = read(langOnlyImage());
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.purl().canonical())
                .containsExactly(
                        tuple("github.com/evanw/esbuild", "", "pkg:golang/github.com/evanw/esbuild"),
                        tuple("golang.org/x/sys", "v0.0.0-20220715151400-c0bba94af5f8",
                                "pkg:golang/golang.org/x/sys@v0.0.0-20220715151400-c0bba94af5f8"),
                        tuple("stdlib", "1.19.0", "pkg:golang/stdlib@1.19.0"));
        assertThat(r.packages()).allSatisfy(p -> {
            assertThat(p.location().path()).isEqualTo("/usr/local/bin/esbuild");
            assertThat(String.valueOf(p.location().layer()))
                    .isEqualTo("sha256:d5ee313c8a7c867fcb2e403595c881b82116480f56a5618eb12d36052ec07d74");
            assertThat(p.properties()).containsEntry(PackageProperties.GO_VERSION, "go1.19");
            assertThat(p.architecture()).isEqualTo("amd64");
        });
        assertThat(r.packages().getFirst().properties()).containsEntry(PackageProperties.ROLE, "main");
        assertThat(r.packages().get(1).properties())
                .containsEntry(PackageProperties.INTEGRITY, "h1:0A+M6Uqn+Eje4kHMK80dtF3JCXC4ykBgQG4Fe06QRhQ=");
        assertThat(r.packages()).extracting(p -> p.purl().canonical()).containsAll(trivyGoModules());
    }

    @Test
    void catalog_keepsCorpusExpectationsForVulnerabilityMatching() throws Exception {
        CatalogResult r = read(langOnlyImage());
        List<String> expected = Files.readAllLines(Corpus.resolve("osv/expected-go-esbuild.tsv")).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).distinct().toList();
        assertThat(r.packages()).extracting(p -> p.name() + "@" + p.version()).containsAll(expected);
    }

    @Test
    void catalog_reportsModulesOfCraftedBinaryWithReplacementsAndArch(@TempDir Path root) throws Exception {
        write(root, "usr/bin/app", new ElfFileBuilder()
                .data(BuildInfoBlobs.inline("go1.22.3", GoBinaryAnalyzerTest.MOD_INFO)).build());
        CatalogResult r = read(new ImageSource.RootDirectory(root));
        assertThat(r.packages()).extracting(Package::name, Package::version, Package::architecture,
                        p -> p.purl().canonical(), p -> p.properties().get(PackageProperties.ROLE))
                .containsExactly(
                        tuple("example.com/app", "", "arm64", "pkg:golang/example.com/app", "main"),
                        tuple("github.com/BurntSushi/toml", "v1.3.2", "arm64",
                                "pkg:golang/github.com/burntsushi/toml@v1.3.2", null),
                        tuple("golang.org/x/net", "v0.23.0", "arm64", "pkg:golang/golang.org/x/net@v0.23.0", null),
                        tuple("example.com/lib", "v1.2.3", "arm64", "pkg:golang/example.com/lib@v1.2.3", null),
                        tuple("stdlib", "1.22.3", "arm64", "pkg:golang/stdlib@1.22.3", null));
        assertThat(r.packages().get(2).properties())
                .containsEntry(PackageProperties.INTEGRITY, "h1:7EYJ93RZ9vYSZAIb2x3lnuvqO5zneoD6IvWjuhfxjTs=");
        assertThat(r.packages().get(3).properties()).doesNotContainKey(PackageProperties.INTEGRITY);
    }

    @Test
    void catalog_reportsUnreadableBinariesAsIssuesNamingTheFile(@TempDir Path root) throws Exception {
        byte[] elf = new ElfFileBuilder().data(BuildInfoBlobs.inline("go1.22.3", GoBinaryAnalyzerTest.MOD_INFO)).build();
        int magic = GoBinaryAnalyzerTest.indexOf(elf, BuildInfoBlobs.MAGIC);
        write(root, "opt/truncated", java.util.Arrays.copyOf(elf, magic + 64));
        write(root, "opt/old", new ElfFileBuilder().data(BuildInfoBlobs.pointerForm()).build());
        CatalogResult r = read(new ImageSource.RootDirectory(root));
        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).extracting(i -> i.where(), i -> i.message().substring(0, 40)).containsExactlyInAnyOrder(
                tuple("/opt/old", "Go build information in the pointer-base"),
                tuple("/opt/truncated", "Go build information is cut off in its s"));
    }

    @Test
    void catalog_skipsBinaryDeletedByLaterLayer(@TempDir Path dir) throws Exception {
        byte[] elf = new ElfFileBuilder().data(BuildInfoBlobs.inline("go1.21.6", "mod\texample.com/gone\tv1.0.0\t\n")).build();
        byte[] kept = new ElfFileBuilder().data(BuildInfoBlobs.inline("go1.21.6", "mod\texample.com/kept\tv2.0.0\t\n")).build();
        Path image = new ImageBuilder()
                .layer(new TarBuilder().file("usr/bin/gone", elf).file("usr/bin/kept", kept))
                .layer(new TarBuilder().whiteout("usr/bin/gone"))
                .writeOciArchive(dir.resolve("image.tar"));
        CatalogResult r = read(ImageSource.detect(image));
        assertThat(r.packages()).extracting(Package::name).containsExactly("example.com/kept", "stdlib");
        assertThat(r.packages().getFirst().location().layer()).isNotNull();
    }

    @Test
    void catalog_readsGoModWithReplacementsAndGoSumChecksums() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("golang/gomod-with-replace-and-sum", cataloger);
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version,
                        p -> p.properties().getOrDefault(PackageProperties.INTEGRITY, ""))
                .containsExactly(
                        tuple("github.com/acme/Inventory", "", ""),
                        tuple("github.com/BurntSushi/toml", "v1.3.2", "h1:o7IhLm0Msx3BaB+n3Ag7L8EVlByGnpq14C4YWiu/gL8="),
                        tuple("github.com/spf13/cobra", "v1.8.0", "h1:7aJaZx1B85qltLMc546zn58BxxfZdR/W22ej9CFoEf0="),
                        tuple("golang.org/x/net", "v0.23.0", "h1:7EYJ93RZ9vYSZAIb2x3lnuvqO5zneoD6IvWjuhfxjTs="),
                        tuple("gopkg.in/yaml.v3", "v3.0.1", "h1:fxVm/GzAzEWqLHuvctI91KS9hhNmmWOoWu0XTYJS7CA="),
                        tuple("github.com/inconshreveable/mousetrap", "v1.1.0",
                                "h1:wN+x4NVGpMsO7ErUn/mUI3vEoE6Jt13X2s0bqwp9tc8="));
        Package main = r.packages().getFirst();
        assertThat(main.properties()).isEqualTo(Map.of(PackageProperties.ROLE, "main"));
        assertThat(main.purl().canonical()).isEqualTo("pkg:golang/github.com/acme/inventory");
        assertThat(main.location().path()).isEqualTo("/src/app/go.mod");
        assertThat(r.packages().get(4).purl().canonical()).isEqualTo("pkg:golang/gopkg.in/yaml.v3@v3.0.1");
    }

    @Test
    void catalog_reportsMalformedGoModLinesWithLineNumbers() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("golang/gomod-malformed", cataloger);
        assertThat(r.packages()).extracting(Package::name)
                .containsExactly("example.com/svc", "github.com/google/uuid", "golang.org/x/sync");
        assertThat(r.issues()).extracting(i -> i.where(), i -> i.message()).containsExactly(
                tuple("/src/svc/go.mod:5", "require needs a module path and a version, got 'require github.com/google/uuid'; skipped"),
                tuple("/src/svc/go.mod", "require block is not closed with ')'"));
    }

    @Test
    void wants_goModAndGoSumOutsideModuleCacheAndVendor() {
        assertThat(cataloger.wants("/src/app/go.mod")).isTrue();
        assertThat(cataloger.wants("/src/app/go.sum")).isTrue();
        assertThat(cataloger.wants("/root/go/pkg/mod/github.com/spf13/cobra@v1.8.0/go.mod")).isFalse();
        assertThat(cataloger.wants("/src/app/vendor/golang.org/x/net/go.mod")).isFalse();
        assertThat(cataloger.wants("/src/app/go.mod.bak")).isFalse();
    }

    private CatalogResult read(ImageSource source) throws Exception {
        ImageFiles files = ImageReader.builder().wanting(cataloger::wants).analyzers(cataloger.analyzers()).build()
                .read(source);
        return cataloger.catalog(new CatalogContext(files, null));
    }

    /**
     * The corpus image unpacked into an OCI layout under a temporary directory. Reading the OCI tar
     * itself reads its layers in parallel through one shared channel of commons-compress's
     * {@code TarFile}, whose reads race ({@code position} then {@code read}) and now and then corrupt
     * a layer ("invalid distance code"); separate blob files do not share a channel.
     */
    private static ImageSource langOnlyImage() throws Exception {
        Path dir = corpusCopy.resolve("lang-only");
        if (!Files.isDirectory(dir)) {
            try (var in = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                    Files.newInputStream(Corpus.resolve("images/lang-only.oci.tar")))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    Path target = dir.resolve(e.getName()).normalize();
                    if (!target.startsWith(dir)) {
                        throw new AssertionError("corpus archive entry leaves its directory: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (e.isFile()) {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                    }
                }
            }
        }
        return ImageSource.detect(dir);
    }

    private static void write(Path root, String path, byte[] content) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }

    /** The purls of the Go modules Trivy lists for the corpus image. */
    private static List<String> trivyGoModules() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Corpus.resolve("images/trivy/lang-only.cdx.json").toFile());
        List<String> out = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            if (c.path("purl").asText().startsWith("pkg:golang/")) {
                out.add(c.path("purl").asText());
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }
}

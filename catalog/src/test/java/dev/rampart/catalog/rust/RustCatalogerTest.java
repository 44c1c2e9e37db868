package dev.rampart.catalog.rust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.golang.ElfFileBuilder;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RustCatalogerTest {
    private final RustCataloger cataloger = new RustCataloger();

    @Test
    void catalog_readsCargoLockSkippingWorkspaceCrates() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("rust/cargo-lock-v3-workspace", cataloger);
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.purl().canonical(),
                        p -> p.properties().getOrDefault(PackageProperties.INTEGRITY, ""))
                .containsExactly(
                        tuple("anyhow", "1.0.75", "pkg:cargo/anyhow@1.0.75",
                                "a4668cab20f66d8d020e1fbc0ebe47217433c1b6c8f2040faf858554e394ace6"),
                        tuple("serde", "1.0.193", "pkg:cargo/serde@1.0.193",
                                "25dd9975e68d0cb5aa1120c288333fc98731bd1dd12f561e468ea4728c042b89"),
                        tuple("tokio", "1.35.0", "pkg:cargo/tokio@1.35.0", ""));
        assertThat(r.packages()).allSatisfy(p -> {
            assertThat(p.type()).isEqualTo(PackageType.CARGO);
            assertThat(p.location().path()).isEqualTo("/src/app/Cargo.lock");
        });
    }

    @Test
    void catalog_readsVersionOneChecksumsFromMetadata() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("rust/cargo-lock-v1-metadata-checksums", cataloger);
        assertThat(r.packages()).extracting(Package::name, p -> p.properties().get(PackageProperties.INTEGRITY))
                .containsExactly(
                        tuple("cfg-if", "4785bdd1c96b2a846b2bd7cc02e86b6b3dbf14e7e53446c4f54c92a361040822"),
                        tuple("libc", "d515b1f41455adea1313a4a2ac8a8a477634fbae63cc6100e3aebb207ce61558"));
    }

    @Test
    void catalog_reportsMalformedCargoLockWithFileAndLine() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("rust/cargo-lock-malformed", cataloger);
        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("/src/bad/Cargo.lock:5");
            assertThat(i.message()).startsWith("not valid TOML, skipped: ");
        });
    }

    @Test
    void catalog_ignoresLockFilesOfCratesInCargoCache() throws Exception {
        assertThat(CatalogFixtures.catalog("rust/registry-cache", cataloger).packages()).isEmpty();
    }

    @Test
    void catalog_reportsRootAndRuntimeCratesOfAuditableBinary(@TempDir Path root) throws Exception {
        write(root, "usr/local/bin/rg", new ElfFileBuilder().data(new byte[5000])
                .section(".dep-v0", AuditData.compressed(AuditData.JSON)).build());
        CatalogResult r = read(root);
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.purl().canonical(),
                        p -> p.properties().get(PackageProperties.ROLE))
                .containsExactly(
                        tuple("rg", "14.1.0", "pkg:cargo/rg@14.1.0", "main"),
                        tuple("memchr", "2.7.1", "pkg:cargo/memchr@2.7.1", null),
                        tuple("regex", "1.10.3", "pkg:cargo/regex@1.10.3", null));
        assertThat(r.packages()).allSatisfy(p -> assertThat(p.location().path()).isEqualTo("/usr/local/bin/rg"));
    }

    @Test
    void catalog_reportsUnreadableAuditDataAsIssueNamingTheFile(@TempDir Path root) throws Exception {
        write(root, "usr/local/bin/broken", new ElfFileBuilder().data(new byte[5000])
                .section(".dep-v0", "garbage".getBytes(StandardCharsets.US_ASCII)).build());
        CatalogResult r = read(root);
        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("/usr/local/bin/broken");
            assertThat(i.message()).startsWith("cargo-auditable data is not valid zlib");
        });
    }

    @Test
    void wants_cargoLockOutsideCargoCache() {
        assertThat(cataloger.wants("/src/app/Cargo.lock")).isTrue();
        assertThat(cataloger.wants("/root/.cargo/registry/src/index.crates.io-6f17d22bba15001f/x-1.0.0/Cargo.lock")).isFalse();
        assertThat(cataloger.wants("/src/app/Cargo.toml")).isFalse();
    }

    private CatalogResult read(Path root) throws Exception {
        ImageFiles files = ImageReader.builder().wanting(cataloger::wants).analyzers(cataloger.analyzers()).build()
                .read(new ImageSource.RootDirectory(root));
        return cataloger.catalog(new CatalogContext(files, null));
    }

    private static void write(Path root, String path, byte[] content) throws Exception {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }
}

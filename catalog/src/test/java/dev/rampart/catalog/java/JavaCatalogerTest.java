package dev.rampart.catalog.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.model.Package;
import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.TarBuilder;
import dev.rampart.testkit.ZipBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaCatalogerTest {
    private final JavaCataloger cataloger = new JavaCataloger();

    private CatalogResult catalog(Path image) throws Exception {
        ImageFiles files = ImageReader.builder().wanting(cataloger::wants).analyzers(cataloger.analyzers()).build()
                .read(ImageSource.detect(image));
        return cataloger.catalog(new CatalogContext(files, null));
    }

    @Test
    void catalog_skipsArchivesDeletedOrHiddenByLaterLayers(@TempDir Path dir) throws Exception {
        byte[] a = new ZipBuilder().pom("org.a", "a", "1.0").build();
        byte[] b = new ZipBuilder().pom("org.b", "b", "1.0").build();
        byte[] c = new ZipBuilder().pom("org.c", "c", "1.0").build();
        byte[] a2 = new ZipBuilder().pom("org.a", "a", "2.0").build();
        Path image = new ImageBuilder()
                .layer(new TarBuilder().file("lib/a-1.0.jar", a).file("lib/b-1.0.jar", b).file("legacy/c-1.0.jar", c))
                .layer(new TarBuilder().whiteout("lib/a-1.0.jar").file("lib/a-2.0.jar", a2).opaque("legacy"))
                .writeOciArchive(dir.resolve("img.tar"));
        CatalogResult r = catalog(image);
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.location().path())
                .containsExactlyInAnyOrder(tuple("org.b:b", "1.0", "/lib/b-1.0.jar"), tuple("org.a:a", "2.0", "/lib/a-2.0.jar"));
    }

    @Test
    void catalog_reportsJarsInsideWarWithNestedPathAndLayer(@TempDir Path dir) throws Exception {
        byte[] lib = new ZipBuilder().pom("org.apache.commons", "commons-text", "1.9").build();
        byte[] war = new ZipBuilder().pom("com.example", "shop", "3.1").file("WEB-INF/lib/commons-text-1.9.jar", lib).build();
        Path image = new ImageBuilder().layer(new TarBuilder().file("srv/shop-3.1.war", war))
                .writeDockerArchive(dir.resolve("img.tar"));
        CatalogResult r = catalog(image);
        assertThat(r.packages()).extracting(Package::name, p -> p.location().path())
                .containsExactly(tuple("com.example:shop", "/srv/shop-3.1.war"),
                        tuple("org.apache.commons:commons-text", "/srv/shop-3.1.war!/WEB-INF/lib/commons-text-1.9.jar"));
        assertThat(r.packages()).allSatisfy(p -> assertThat(p.location().layer()).isNotNull());
    }

    @Test
    void catalog_reportsJavaRuntimeFromReleaseBesideModules(@TempDir Path dir) throws Exception {
        Path image = new ImageBuilder().layer(new TarBuilder()
                        .file("opt/java/openjdk/release", "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"17.0.2\"\n")
                        .file("opt/java/openjdk/lib/modules", new byte[64])
                        .file("etc/release", "JAVA_VERSION=\"1\"\n"))
                .writeOciArchive(dir.resolve("img.tar"));
        CatalogResult r = catalog(image);
        assertThat(r.packages()).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo("17.0.2");
            assertThat(p.purl().canonical()).isEqualTo("pkg:generic/eclipse-adoptium/jdk@17.0.2");
            assertThat(p.location().path()).isEqualTo("/opt/java/openjdk/release");
        });
    }

    @Test
    void catalog_reportsCorruptArchiveAsIssueAndGoesOn(@TempDir Path dir) throws Exception {
        byte[] good = new ZipBuilder().pom("org.g", "g", "1").build();
        byte[] bad = new byte[100];
        bad[0] = 'P';
        bad[1] = 'K';
        bad[2] = 3;
        bad[3] = 4;
        Path image = new ImageBuilder().layer(new TarBuilder().file("a/bad.jar", bad).file("a/g-1.jar", good))
                .writeOciArchive(dir.resolve("img.tar"));
        ImageFiles files = ImageReader.builder().analyzers(cataloger.analyzers()).build().read(ImageSource.detect(image));
        CatalogResult r = cataloger.catalog(new CatalogContext(files, null));
        assertThat(r.packages()).extracting(Package::name).containsExactly("org.g:g");
        assertThat(files.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("layer 0 entry /a/bad.jar");
            assertThat(i.message()).startsWith("java-archive could not read it:");
        });
    }
}

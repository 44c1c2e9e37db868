package dev.rampart.catalog.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import org.junit.jupiter.api.Test;

class JavaBuildFilesTest {
    private final JavaCataloger cataloger = new JavaCataloger();

    @Test
    void pom_resolvesPropertiesParentAndManagedVersionsFromTheTree() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("java/maven-multimodule", cataloger);
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.location().path(),
                        p -> p.properties().getOrDefault(PackageProperties.DEV, "false"))
                .containsExactlyInAnyOrder(
                        tuple("org.apache.logging.log4j:log4j-core", "2.14.1", "/app/pom.xml", "false"),
                        tuple("com.fasterxml.jackson.core:jackson-databind", "2.9.10", "/app/pom.xml", "false"),
                        tuple("com.example.shop:shop-model", "2.3.0", "/app/pom.xml", "false"),
                        tuple("org.junit.jupiter:junit-jupiter", "5.10.2", "/app/pom.xml", "true"));
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("/app/pom.xml");
            assertThat(i.message()).isEqualTo("dependency io.unknown:from-a-bom has no version this tree resolves (none given)");
        });
        assertThat(r.packages().getFirst().purl().canonical()).startsWith("pkg:maven/");
    }

    @Test
    void gradle_readsLockfileAndVersionCatalog() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("java/gradle-lock-and-catalog", cataloger);
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version,
                        p -> p.properties().getOrDefault(PackageProperties.DEV, "false"))
                .containsExactlyInAnyOrder(
                        tuple("com.google.guava:guava", "31.1-jre", "false"),
                        tuple("org.junit.jupiter:junit-jupiter-api", "5.9.2", "true"),
                        tuple("org.yaml:snakeyaml", "1.33", "false"),
                        tuple("com.fasterxml.jackson.core:jackson-databind", "2.15.2", "false"),
                        tuple("com.squareup.okhttp3:okhttp", "4.11.0", "false"),
                        tuple("org.apache.commons:commons-lang3", "3.12.0", "false"));
    }

    @Test
    void pom_withDoctypeIsRefusedNotExpanded() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("java/pom-with-doctype", cataloger);
        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("/pom.xml");
            assertThat(i.message()).startsWith("not read: invalid XML:").contains("DOCTYPE");
        });
    }
}

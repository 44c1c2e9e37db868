package dev.rampart.catalog.php;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.JsonDocumentLimits;
import dev.rampart.model.Issue;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhpCatalogerTest {
    private final PhpCataloger cataloger = new PhpCataloger();

    @Test
    void catalog_readsComposerLockAndMarksPackagesDev() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("php/composer-lock-source-tree", cataloger);

        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.properties().containsKey(PackageProperties.DEV))
                .containsExactly(
                        tuple("guzzlehttp/guzzle", "7.8.1", false),
                        tuple("monolog/monolog", "3.5.0", false),
                        tuple("psr/log", "3.0.0", false),
                        tuple("symfony/console", "v6.4.1", false),
                        tuple("phpunit/phpunit", "10.5.5", true),
                        tuple("sebastian/diff", "5.1.0", true));
        assertThat(r.packages()).allSatisfy(p -> {
            assertThat(p.type()).isEqualTo(PackageType.COMPOSER);
            assertThat(p.location().path()).isEqualTo("/app/composer.lock");
        });
    }

    @Test
    void catalog_buildsPurlLicensesAndIntegrity() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("php/composer-lock-source-tree", cataloger);

        Package console = pkg(r, "symfony/console");
        assertThat(console.purl().canonical()).isEqualTo("pkg:composer/symfony/console@v6.4.1");
        assertThat(console.licenses()).containsExactly("MIT");
        assertThat(console.properties()).doesNotContainKey(PackageProperties.INTEGRITY);
        assertThat(pkg(r, "guzzlehttp/guzzle").properties())
                .containsEntry(PackageProperties.INTEGRITY, "41042bc7ab002487b876a0683fc8dce04ddce104");
        assertThat(pkg(r, "phpunit/phpunit").licenses()).containsExactly("BSD-3-Clause");
    }

    @Test
    void catalog_reportsLockEntryWithoutVersionAsIssue() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("php/composer-lock-source-tree", cataloger);

        assertThat(r.issues()).containsExactly(new Issue("/app/composer.lock",
                "composer.lock package #5 (acme/internal-sdk) has no name or version; skipped"));
    }

    @Test
    void catalog_reportsComposer2InstalledPackagesOnceWithDevNames() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("php/installed-composer2", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, p -> p.properties().containsKey(PackageProperties.DEV), p -> p.location().path())
                .containsExactly(
                        tuple("monolog/monolog", false, "/var/www/html/vendor/composer/installed.json"),
                        tuple("phpunit/phpunit", true, "/var/www/html/vendor/composer/installed.json"),
                        tuple("psr/log", false, "/var/www/html/vendor/composer/installed.json"));
    }

    @Test
    void catalog_takesDevFromLockForComposer1InstalledArray() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("php/installed-composer1", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.properties().containsKey(PackageProperties.DEV))
                .containsExactly(
                        tuple("laravel/framework", "v5.8.38", false),
                        tuple("psr/log", "1.1.4", false),
                        tuple("phpunit/phpunit", "8.5.36", true));
        assertThat(pkg(r, "laravel/framework").licenses()).containsExactly("MIT");
        assertThat(r.packages()).allSatisfy(p -> assertThat(p.location().path()).endsWith("/vendor/composer/installed.json"));
    }

    @Test
    void catalog_reportsMalformedLockAsIssueWithLine() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("php/malformed", cataloger);

        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("/app/composer.lock:7");
            assertThat(i.message()).startsWith("composer.lock not read: not valid JSON: Unexpected close marker ']'");
        });
    }

    @Test
    void installedJson_rejectsNeitherArrayNorPackagesObject() {
        byte[] json = "{\"name\": \"psr/log\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> InstalledJsonParser.parse(json, JsonDocumentLimits.DEFAULT, s -> { }))
                .isInstanceOf(PhpFormatException.class)
                .hasMessageContaining("neither an array of packages nor an object with a \"packages\" array");
    }

    @Test
    void limits_stopDeepNestingAndLargeFiles() {
        byte[] deep = ("{\"packages\": " + "[".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        List<String> skipped = new ArrayList<>();

        assertThatThrownBy(() -> ComposerLockParser.parse(deep, JsonDocumentLimits.DEFAULT, skipped::add))
                .isInstanceOf(PhpFormatException.class)
                .hasMessageContaining("JSON beyond JsonDocumentLimits (maxNestingDepth 64");
        assertThatThrownBy(() -> ComposerLockParser.parse(deep, JsonDocumentLimits.DEFAULT.withMaxDocumentChars(100), skipped::add))
                .isInstanceOf(PhpFormatException.class)
                .hasMessage("file of 10013 bytes exceeds JsonDocumentLimits.maxDocumentChars (100)");
    }

    @Test
    void wants_installedJsonAndLocksOutsideVendor() {
        assertThat(cataloger.wants("/app/composer.lock")).isTrue();
        assertThat(cataloger.wants("/app/vendor/composer/installed.json")).isTrue();
        assertThat(cataloger.wants("/app/vendor/acme/tool/composer.lock")).isFalse();
        assertThat(cataloger.wants("/app/composer.json")).isFalse();
        assertThat(cataloger.wants("/app/installed.json")).isFalse();
    }

    private static Package pkg(CatalogResult r, String name) {
        return r.packages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}

package dev.rampart.catalog.dotnet;

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
import org.junit.jupiter.api.Test;

class DotnetCatalogerTest {
    private final DotnetCataloger cataloger = new DotnetCataloger();

    @Test
    void catalog_readsPackageLibrariesOfDepsJsonOnly() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dotnet/deps-json", cataloger);

        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.properties().get(DotnetCataloger.SERVICEABLE))
                .containsExactly(
                        tuple("Newtonsoft.Json", "13.0.1", "true"),
                        tuple("Serilog", "3.1.1", "true"),
                        tuple("Serilog.AspNetCore", "8.0.0", "false"));
        assertThat(r.packages()).allSatisfy(p -> {
            assertThat(p.type()).isEqualTo(PackageType.NUGET);
            assertThat(p.location().path()).isEqualTo("/app/Inventory.Api.deps.json");
        });
    }

    @Test
    void catalog_keepsNugetIdCaseInPurlAndRecordsSha512() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dotnet/deps-json", cataloger);

        Package json = r.packages().getFirst();
        assertThat(json.purl().canonical()).isEqualTo("pkg:nuget/Newtonsoft.Json@13.0.1");
        assertThat(json.properties()).containsEntry(PackageProperties.INTEGRITY,
                "sha512-ppPFpBcvxdsfUonNcvITKqLl3bqxWbDCZIzDWHzjpdAHRFfZe0Dw9HmA0+za13IdyrgJwpkDTDA9fHaxOrt20A==");
        assertThat(r.packages().get(1).properties()).doesNotContainKey(PackageProperties.INTEGRITY);
    }

    @Test
    void catalog_reportsLibraryKeyWithoutVersionAsIssue() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dotnet/deps-json", cataloger);

        assertThat(r.issues()).containsExactly(new Issue("/app/Inventory.Api.deps.json", "library 'NoVersion' is not Name/Version; skipped"));
    }

    @Test
    void catalog_readsPackagesLockOncePerPackageWithoutProjects() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dotnet/packages-lock", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version).containsExactly(
                tuple("Newtonsoft.Json", "13.0.1"),
                tuple("Serilog.AspNetCore", "8.0.0"),
                tuple("Serilog", "3.1.1"),
                tuple("Microsoft.Extensions.Logging.Abstractions", "8.0.0"),
                tuple("System.Private.Uri", "4.3.2"));
        assertThat(r.packages().getFirst().properties())
                .containsEntry(PackageProperties.INTEGRITY, "ppPFpBcvxdsfUonNcvITKqLl3bqxWbDCZIzDWHzjpdAHRFfZe0Dw9HmA0+za13IdyrgJwpkDTDA9fHaxOrt20A==")
                .doesNotContainKey(DotnetCataloger.SERVICEABLE);
        assertThat(r.packages()).allSatisfy(p ->
                assertThat(p.location().path()).isEqualTo("/src/Inventory.Api/packages.lock.json"));
    }

    @Test
    void catalog_reportsMalformedDepsJsonAsIssueWithLine() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dotnet/malformed", cataloger);

        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("/app/Broken.deps.json:6");
            assertThat(i.message()).startsWith("Broken.deps.json not read: not valid JSON: Unexpected character ('\"'");
        });
    }

    @Test
    void parsers_rejectJsonOfAnotherShape() {
        byte[] other = "{\"name\": \"not-a-deps-file\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DepsJsonParser.parse(other, JsonDocumentLimits.DEFAULT, s -> { }))
                .isInstanceOf(DotnetFormatException.class).hasMessage("deps.json has no \"libraries\" object");
        assertThatThrownBy(() -> PackagesLockParser.parse(other, JsonDocumentLimits.DEFAULT, s -> { }))
                .isInstanceOf(DotnetFormatException.class).hasMessage("packages.lock.json has no \"dependencies\" object");
    }

    @Test
    void limits_stopDeepNestingAndLargeFiles() {
        byte[] deep = ("{\"libraries\": " + "{\"a\":".repeat(1_000)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DepsJsonParser.parse(deep, JsonDocumentLimits.DEFAULT, s -> { }))
                .isInstanceOf(DotnetFormatException.class)
                .hasMessageContaining("JSON beyond JsonDocumentLimits (maxNestingDepth 64");
        assertThatThrownBy(() -> DepsJsonParser.parse(deep, JsonDocumentLimits.DEFAULT.withMaxDocumentChars(1_000), s -> { }))
                .isInstanceOf(DotnetFormatException.class)
                .hasMessage("file of 5014 bytes exceeds JsonDocumentLimits.maxDocumentChars (1000)");
    }

    @Test
    void wants_depsJsonAndPackagesLockOnly() {
        assertThat(cataloger.wants("/app/Inventory.Api.deps.json")).isTrue();
        assertThat(cataloger.wants("/src/Inventory.Api/packages.lock.json")).isTrue();
        assertThat(cataloger.wants("/app/.deps.json")).isFalse();
        assertThat(cataloger.wants("/app/Inventory.Api.runtimeconfig.json")).isFalse();
        assertThat(cataloger.wants("/src/Inventory.Api/packages.config")).isFalse();
    }
}

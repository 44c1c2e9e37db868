package dev.rampart.catalog.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.model.Issue;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NpmCatalogerTest {
    private final NpmCataloger cataloger = new NpmCataloger();

    @Test
    void catalog_reportsInstalledTreeOnceFromEachPackageJson() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/installed-tree-with-lockfile", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.location().path()).containsExactlyInAnyOrder(
                tuple("storefront", "2.3.0", "/srv/storefront/package.json"),
                tuple("@types/node", "16.11.11", "/srv/storefront/node_modules/@types/node/package.json"),
                tuple("debug", "2.6.9", "/srv/storefront/node_modules/debug/package.json"),
                tuple("express", "4.17.1", "/srv/storefront/node_modules/express/package.json"),
                tuple("ms", "2.0.0", "/srv/storefront/node_modules/ms/package.json"),
                tuple("send", "0.17.1", "/srv/storefront/node_modules/send/package.json"),
                tuple("ms", "2.1.1", "/srv/storefront/node_modules/send/node_modules/ms/package.json"));
        assertThat(r.packages()).allSatisfy(p -> assertThat(p.type()).isEqualTo(PackageType.NPM));
    }

    @Test
    void catalog_takesDevAndIntegrityFromLockfileBesideInstalledTree() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/installed-tree-with-lockfile", cataloger);

        assertThat(pkg(r, "@types/node", "16.11.11").properties()).containsEntry(PackageProperties.DEV, "true")
                .containsEntry(PackageProperties.INTEGRITY,
                        "sha512-KB0sixD67CeecHC33MYn+eYARkqTheIRNuu97y2XMjR7Wu3XibO1vaY6VBV6O/a89SPI81cEUIYT87UqUWlZNw==");
        assertThat(pkg(r, "ms", "2.1.1").properties()).doesNotContainKey(PackageProperties.DEV)
                .containsEntry(PackageProperties.INTEGRITY,
                        "sha512-tgp+dl5cGk28utYktBsrFqA7HKgrhgPsg6Z/EfhWI4gl1Hwq8B/GmY/0oXZ6nF8hDVesS/FpnYaD/kOWhYQvyg==");
    }

    @Test
    void catalog_leavesOutLockfileEntriesNotInstalledBesideTree() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/installed-tree-with-lockfile", cataloger);

        assertThat(r.packages()).extracting(Package::name).doesNotContain("webpack-cli", "commander");
        assertThat(r.packages()).noneMatch(p -> p.location().path().endsWith("package-lock.json"));
    }

    @Test
    void catalog_skipsFixtureManifestsInsidePackagesAndManifestsWithoutVersion() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/installed-tree-with-lockfile", cataloger);

        assertThat(r.packages()).extracting(Package::name).doesNotContain("fixture-app", "types-only");
    }

    @Test
    void catalog_marksProjectItselfAsMain() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/installed-tree-with-lockfile", cataloger);

        assertThat(pkg(r, "storefront", "2.3.0").properties()).isEqualTo(Map.of(PackageProperties.ROLE, "main"));
        assertThat(pkg(r, "express", "4.17.1").properties()).doesNotContainKey(PackageProperties.ROLE);
    }

    @Test
    void catalog_readsLicenseStringObjectAndArrayForms() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/global-installs-legacy-licenses", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::licenses).containsExactlyInAnyOrder(
                tuple("@angular/cli", List.of("MIT")),
                tuple("JSONStream", List.of("(MIT OR Apache-2.0)")),
                tuple("json-schema", List.of("AFLv2.1", "BSD")),
                tuple("uglify-js", List.of("BSD")));
    }

    @Test
    void catalog_encodesScopeAsNamespaceAndLowerCasesPurl() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/global-installs-legacy-licenses", cataloger);

        assertThat(pkg(r, "@angular/cli", "8.3.29").purl().canonical()).isEqualTo("pkg:npm/%40angular/cli@8.3.29");
        assertThat(pkg(r, "JSONStream", "1.3.5").purl().canonical()).isEqualTo("pkg:npm/jsonstream@1.3.5");
        assertThat(pkg(r, "JSONStream", "1.3.5").location().path())
                .isEqualTo("/usr/local/lib/node_modules/@angular/cli/node_modules/JSONStream/package.json");
    }

    @Test
    void catalog_readsLockfileV3InSourceTree() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/lockfile-v3-source-tree", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.properties().containsKey(PackageProperties.DEV))
                .containsExactlyInAnyOrder(
                        tuple("storefront", "2.3.0", false),
                        tuple("@types/node", "16.11.11", true),
                        tuple("debug", "2.6.9", false),
                        tuple("ms", "2.1.1", false),
                        tuple("fsevents", "2.3.2", true),
                        tuple("lodash", "4.17.15", false),
                        tuple("send", "0.17.1", false),
                        tuple("ms", "2.0.0", false));
        Package lodash = pkg(r, "lodash", "4.17.15");
        assertThat(lodash.location().path()).isEqualTo("/app/package-lock.json");
        assertThat(lodash.licenses()).containsExactly("MIT");
        assertThat(lodash.purl().canonical()).isEqualTo("pkg:npm/lodash@4.17.15");
    }

    @Test
    void catalog_readsLockfileV1TreeWithAliasAndWithoutLocalFolders() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/lockfile-v1", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.properties().containsKey(PackageProperties.DEV))
                .containsExactlyInAnyOrder(
                        tuple("@types/eslint", "8.2.1", true),
                        tuple("d3-color", "1.4.1", false),
                        tuple("d3-flame-graph", "4.1.3", false),
                        tuple("d3-array", "3.1.1", false),
                        tuple("d3-dispatch", "3.0.1", false),
                        tuple("esrecurse", "4.3.0", true),
                        tuple("estraverse", "5.3.0", true),
                        tuple("internmap", "2.0.3", false),
                        tuple("lodash", "4.17.15", false));
        assertThat(pkg(r, "@types/eslint", "8.2.1").purl().canonical()).isEqualTo("pkg:npm/%40types/eslint@8.2.1");
    }

    @Test
    void catalog_readsLockfileV2FromPackagesMapOnly() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/lockfile-v2", cataloger);

        assertThat(r.packages()).extracting(Package::name, Package::version)
                .containsExactlyInAnyOrder(tuple("@types/eslint", "8.2.1"), tuple("d3-color", "1.4.1"));
    }

    @Test
    void catalog_readsYarnV1EntriesWithSeveralSpecifiersAndAliases() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/yarn-v1", cataloger);

        assertThat(r.packages()).extracting(Package::name, Package::version).containsExactlyInAnyOrder(
                tuple("@types/node", "16.11.11"),
                tuple("debug", "2.6.9"),
                tuple("lodash", "4.17.15"),
                tuple("ms", "2.0.0"),
                tuple("ms", "2.1.1"));
        assertThat(pkg(r, "ms", "2.1.1").properties()).containsEntry(PackageProperties.INTEGRITY,
                "sha512-tgp+dl5cGk28utYktBsrFqA7HKgrhgPsg6Z/EfhWI4gl1Hwq8B/GmY/0oXZ6nF8hDVesS/FpnYaD/kOWhYQvyg==");
        assertThat(r.issues()).containsExactly(new Issue("/app/yarn.lock:35", "yarn.lock entry send has no version; skipped"));
    }

    @Test
    void catalog_readsYarnBerryWithoutWorkspacesAndPatches() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/yarn-berry", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version).containsExactlyInAnyOrder(
                tuple("@types/node", "16.11.11"),
                tuple("debug", "2.6.9"),
                tuple("lodash", "4.17.15"),
                tuple("ms", "2.0.0"),
                tuple("resolve", "1.20.0"));
        assertThat(pkg(r, "@types/node", "16.11.11").properties()).containsKey(PackageProperties.INTEGRITY);
        assertThat(pkg(r, "debug", "2.6.9").properties()).isEmpty();
    }

    @Test
    void catalog_readsPnpmV5KeysPeersAndTarballEntries() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/pnpm-v5", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.properties().containsKey(PackageProperties.DEV))
                .containsExactlyInAnyOrder(
                        tuple("@types/node", "16.11.11", true),
                        tuple("debug", "2.6.9", false),
                        tuple("ms", "2.0.0", false),
                        tuple("react-dom", "18.2.0", false),
                        tuple("react", "18.2.0", false),
                        tuple("debug", "4.3.4", false));
    }

    @Test
    void catalog_readsPnpmV6Keys() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/pnpm-v6", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.properties().containsKey(PackageProperties.DEV))
                .containsExactlyInAnyOrder(
                        tuple("@types/node", "16.11.11", true),
                        tuple("debug", "2.6.9", false),
                        tuple("ms", "2.0.0", false),
                        tuple("react-dom", "18.2.0", false),
                        tuple("react", "18.2.0", false));
        assertThat(pkg(r, "react-dom", "18.2.0").properties()).containsEntry(PackageProperties.INTEGRITY,
                "sha512-6IMTriUmvsjHUjNtEDudZfuDQUoWXVxKHhlEGSk81n4YFS+r/Kl99wXiwlVXtPBtJenozv2P+hxDsw9eA7Xo6g==");
    }

    @Test
    void catalog_findsPnpmV9DevDependenciesFromTheGraph() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/pnpm-v9", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.properties().containsKey(PackageProperties.DEV))
                .containsExactlyInAnyOrder(
                        tuple("@types/node", "16.11.11", true),
                        tuple("commander", "7.2.0", true),
                        tuple("debug", "2.6.9", false),
                        tuple("lodash", "4.17.15", false),
                        tuple("ms", "2.0.0", false),
                        tuple("react-dom", "18.2.0", false),
                        tuple("react", "18.2.0", false),
                        tuple("webpack-cli", "4.9.1", true));
    }

    @Test
    void catalog_readsPnpmStoreOnceAndTakesIntegrityFromLockfile() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/pnpm-installed-tree", cataloger);

        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, p -> p.location().path()).containsExactlyInAnyOrder(
                tuple("app", "/srv/app/package.json"),
                tuple("debug", "/srv/app/node_modules/.pnpm/debug@2.6.9/node_modules/debug/package.json"),
                tuple("ms", "/srv/app/node_modules/.pnpm/ms@2.0.0/node_modules/ms/package.json"));
        assertThat(pkg(r, "ms", "2.0.0").properties()).containsEntry(PackageProperties.INTEGRITY,
                "sha512-Tpp60P6IUJDTuOq/5Z8cdskzJujfwqfOTkrwIwj7IRISpnkJnT6SyJ4PCPnGMoFjC9ddhal5KVIYtAt97ix05A==");
    }

    @Test
    void catalog_reportsMalformedFilesAsIssuesWithLines() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/malformed-files", cataloger);

        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).extracting(Issue::where).containsExactlyInAnyOrder(
                "/srv/bad-manifest/node_modules/left-pad/package.json:1",
                "/srv/bad-pnpm/pnpm-lock.yaml:5",
                "/srv/bad-yarn/yarn.lock:8",
                "/srv/truncated-lock/package-lock.json:7");
        assertThat(r.issues()).filteredOn(i -> i.where().contains("bad-yarn")).singleElement()
                .extracting(Issue::message).asString()
                .isEqualTo("yarn.lock not read: expected an entry header ending in ':', found 'this is not a header'");
        assertThat(r.issues()).filteredOn(i -> i.where().contains("truncated")).singleElement()
                .extracting(Issue::message).asString().startsWith("package-lock.json not read: not valid JSON: ");
    }

    @Test
    void wants_installedManifestsProjectFilesAndLockfilesOnly() {
        assertThat(cataloger.wants("/app/node_modules/express/package.json")).isTrue();
        assertThat(cataloger.wants("/app/node_modules/@babel/core/package.json")).isTrue();
        assertThat(cataloger.wants("/app/node_modules/send/node_modules/ms/package.json")).isTrue();
        assertThat(cataloger.wants("/app/node_modules/.pnpm/ms@2.0.0/node_modules/ms/package.json")).isTrue();
        assertThat(cataloger.wants("/app/package.json")).isTrue();
        assertThat(cataloger.wants("/app/package-lock.json")).isTrue();
        assertThat(cataloger.wants("/app/npm-shrinkwrap.json")).isTrue();
        assertThat(cataloger.wants("/app/yarn.lock")).isTrue();
        assertThat(cataloger.wants("/app/pnpm-lock.yaml")).isTrue();

        assertThat(cataloger.wants("/app/node_modules/debug/test/fixtures/package.json")).isFalse();
        assertThat(cataloger.wants("/app/node_modules/@babel/core/lib/package.json")).isFalse();
        assertThat(cataloger.wants("/app/node_modules/@babel/package.json")).isFalse();
        assertThat(cataloger.wants("/app/node_modules/x/fixtures/node_modules/y/package.json")).isFalse();
        assertThat(cataloger.wants("/app/node_modules/.package-lock.json")).isFalse();
        assertThat(cataloger.wants("/app/node_modules/foo/package-lock.json")).isFalse();
        assertThat(cataloger.wants("/app/node_modules/foo/yarn.lock")).isFalse();
        assertThat(cataloger.wants("/app/package.json.bak")).isFalse();
    }

    private static Package pkg(CatalogResult r, String name, String version) {
        return r.packages().stream().filter(p -> p.name().equals(name) && p.version().equals(version)).findFirst().orElseThrow();
    }
}

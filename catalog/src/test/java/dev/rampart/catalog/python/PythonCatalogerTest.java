package dev.rampart.catalog.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import org.junit.jupiter.api.Test;

class PythonCatalogerTest {
    private static final String SITE = "/usr/local/lib/python3.12/site-packages";
    private final PythonCataloger cataloger = new PythonCataloger();

    @Test
    void catalog_readsDebianEggInfoDirectoriesInDistPackages() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/debian-dist-packages", cataloger);
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.purl().canonical(), Package::licenses)
                .containsExactlyInAnyOrder(
                        tuple("six", "1.16.0", "pkg:pypi/six@1.16.0", java.util.List.of("MIT")),
                        tuple("idna", "3.3", "pkg:pypi/idna@3.3", java.util.List.of("BSD-3-Clause")));
        Package six = pkg(r, "six");
        assertThat(six.type()).isEqualTo(PackageType.PYPI);
        assertThat(six.location().path()).isEqualTo("/usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO");
        assertThat(six.properties()).isEmpty();
    }

    @Test
    void catalog_readsEggInfoWrittenAsOneFile() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/egg-info-single-file", cataloger);
        assertThat(r.packages()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("pyxdg");
            assertThat(p.version()).isEqualTo("0.28");
            assertThat(p.licenses()).containsExactly("LGPLv2");
            assertThat(p.location().path()).isEqualTo("/usr/lib/python3/dist-packages/pyxdg-0.28.egg-info");
        });
    }

    @Test
    void catalog_takesLicenseExpressionThenLicenseThenClassifiers() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/site-packages-dist-info", cataloger);
        assertThat(pkg(r, "Flask").licenses()).containsExactly("BSD-3-Clause");
        assertThat(pkg(r, "requests").licenses()).containsExactly("Apache 2.0");
        assertThat(pkg(r, "typing_extensions").licenses()).containsExactly("Python Software Foundation License");
    }

    @Test
    void catalog_normalisesNamesInPurlOnly() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/site-packages-dist-info", cataloger);
        assertThat(pkg(r, "Flask").purl().canonical()).isEqualTo("pkg:pypi/flask@3.1.3");
        assertThat(pkg(r, "zope.interface").purl().canonical()).isEqualTo("pkg:pypi/zope-interface@6.4");
        assertThat(pkg(r, "typing_extensions").purl().canonical()).isEqualTo("pkg:pypi/typing-extensions@4.12.2");
    }

    @Test
    void catalog_readsInstalledFilesFromRecordRelativeToSitePackages() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/site-packages-dist-info", cataloger);
        assertThat(pkg(r, "Flask").files()).containsExactly(
                "/usr/local/bin/flask",
                SITE + "/flask-3.1.3.dist-info/INSTALLER",
                SITE + "/flask-3.1.3.dist-info/METADATA",
                SITE + "/flask-3.1.3.dist-info/RECORD",
                SITE + "/flask/__init__.py",
                SITE + "/flask/odd,name.py");
        assertThat(pkg(r, "requests").files()).isEmpty();
    }

    @Test
    void catalog_keepsAtMostTheLimitOfRecordedFiles() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/site-packages-dist-info", new PythonCataloger(new PythonLimits(64, 2)));
        assertThat(pkg(r, "Flask").files()).containsExactly("/usr/local/bin/flask", SITE + "/flask-3.1.3.dist-info/INSTALLER");
    }

    @Test
    void catalog_reportsMetadataWithoutVersionAsIssueNamingFile() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/site-packages-dist-info", cataloger);
        assertThat(r.packages()).extracting(Package::name).doesNotContain("broken");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo(SITE + "/broken-1.0.dist-info/METADATA");
            assertThat(i.message()).isEqualTo("Python metadata has no Version field; skipped");
        });
    }

    @Test
    void catalog_ignoresRequirementsShippedInsideInstalledPackages() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/site-packages-dist-info", cataloger);
        assertThat(r.packages()).extracting(Package::name)
                .containsExactlyInAnyOrder("Flask", "requests", "zope.interface", "typing_extensions");
    }

    @Test
    void catalog_readsOnlyPinnedRequirements() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/requirements-pinned-and-ranges", cataloger);
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, p -> p.location().path())
                .containsExactlyInAnyOrder(
                        tuple("requests", "2.28.1", "/app/requirements.txt"),
                        tuple("urllib3", "1.26.12", "/app/requirements.txt"),
                        tuple("certifi", "2022.9.24", "/app/requirements.txt"),
                        tuple("Charset_Normalizer", "2.1.1", "/app/requirements.txt"),
                        tuple("idna", "3.3", "/app/requirements.txt"),
                        tuple("pytest", "7.2.0", "/app/requirements-dev.txt"));
        assertThat(pkg(r, "Charset_Normalizer").purl().canonical()).isEqualTo("pkg:pypi/charset-normalizer@2.1.1");
    }

    @Test
    void catalog_marksPoetryDevCategoryAndReportsEntryWithoutVersion() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/poetry-lock-category-dev", cataloger);
        assertThat(r.packages()).extracting(Package::name, Package::version, this::isDev)
                .containsExactly(
                        tuple("certifi", "2022.9.24", false),
                        tuple("pytest", "7.2.0", true),
                        tuple("Zope.Interface", "5.5.2", false));
        assertThat(pkg(r, "Zope.Interface").purl().canonical()).isEqualTo("pkg:pypi/zope-interface@5.5.2");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("/app/poetry.lock");
            assertThat(i.message()).isEqualTo("[[package]] #4 has no version; skipped");
        });
    }

    @Test
    void catalog_marksPoetryPackagesOutsideMainGroupAsDev() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/poetry-lock-groups", cataloger);
        assertThat(r.packages()).extracting(Package::name, this::isDev)
                .containsExactly(tuple("idna", false), tuple("mypy", true), tuple("sphinx", true));
    }

    @Test
    void catalog_marksPipfileDevelopOnlyPackagesAsDev() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/pipfile-lock-with-develop", cataloger);
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, this::isDev)
                .containsExactly(
                        tuple("requests", "2.28.1", false),
                        tuple("urllib3", "1.26.12", false),
                        tuple("pytest", "7.2.0", true));
        assertThat(pkg(r, "pytest").location().path()).isEqualTo("/app/Pipfile.lock");
    }

    @Test
    void catalog_skipsUvProjectsAndMarksDevOnlyDependencies() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/uv-lock-with-dev-group", cataloger);
        assertThat(r.issues()).isEmpty();
        assertThat(r.packages()).extracting(Package::name, Package::version, this::isDev)
                .containsExactly(
                        tuple("anyio", "4.6.2.post1", false),
                        tuple("idna", "3.10", false),
                        tuple("iniconfig", "2.0.0", true),
                        tuple("pytest", "8.3.3", true),
                        tuple("sniffio", "1.3.1", false));
    }

    @Test
    void catalog_reportsMalformedLockFilesAsIssuesWithFileAndLine() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("python/malformed-locks", cataloger);
        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).extracting(i -> i.where()).containsExactlyInAnyOrder(
                "/pipenv/Pipfile.lock:1", "/poetry/poetry.lock:2", "/uv/uv.lock");
        assertThat(r.issues()).allSatisfy(i -> assertThat(i.message()).startsWith("not valid "));
        assertThat(r.issues()).filteredOn(i -> i.where().equals("/uv/uv.lock")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("nesting depth").contains("maximum allowed (64"));
    }

    @Test
    void wants_metadataLockAndRequirementsFilesOnly() {
        assertThat(cataloger.wants(SITE + "/six-1.16.0.dist-info/METADATA")).isTrue();
        assertThat(cataloger.wants(SITE + "/six-1.16.0.dist-info/RECORD")).isTrue();
        assertThat(cataloger.wants("/usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO")).isTrue();
        assertThat(cataloger.wants("/usr/lib/python3/dist-packages/pyxdg-0.28.egg-info")).isTrue();
        assertThat(cataloger.wants("/app/requirements.txt")).isTrue();
        assertThat(cataloger.wants("/app/requirements-test.txt")).isTrue();
        assertThat(cataloger.wants("/app/poetry.lock")).isTrue();
        assertThat(cataloger.wants("/app/Pipfile.lock")).isTrue();
        assertThat(cataloger.wants("/app/uv.lock")).isTrue();
        assertThat(cataloger.wants(SITE + "/six-1.16.0.dist-info/WHEEL")).isFalse();
        assertThat(cataloger.wants("/app/sdist/PKG-INFO")).isFalse();
        assertThat(cataloger.wants("/app/Pipfile")).isFalse();
        assertThat(cataloger.wants("/app/requirements.in")).isFalse();
        assertThat(cataloger.wants(SITE + "/somepkg/requirements.txt")).isFalse();
        assertThat(cataloger.wants("/app/node_modules/x/poetry.lock")).isFalse();
    }

    private boolean isDev(Package p) {
        return "true".equals(p.properties().get(PackageProperties.DEV));
    }

    private static Package pkg(CatalogResult r, String name) {
        return r.packages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}

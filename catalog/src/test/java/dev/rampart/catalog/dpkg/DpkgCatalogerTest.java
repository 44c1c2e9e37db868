package dev.rampart.catalog.dpkg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.model.Package;
import org.junit.jupiter.api.Test;

class DpkgCatalogerTest {
    private final DpkgCataloger cataloger = new DpkgCataloger();

    @Test
    void catalog_listsInstalledPackagesOnly() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dpkg/status-with-removed-and-sources", cataloger);
        assertThat(r.packages()).extracting(Package::name).containsExactly("libfoo1", "tool", "oldlib");
    }

    @Test
    void catalog_reportsRecordWithoutVersionAsIssueWithLine() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dpkg/status-with-removed-and-sources", cataloger);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.where()).isEqualTo("/var/lib/dpkg/status:28");
            assertThat(i.message()).isEqualTo("dpkg package noversion has no Version; skipped");
        });
    }

    @Test
    void catalog_readsSourcePackageWithAndWithoutVersion() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dpkg/status-with-removed-and-sources", cataloger);
        assertThat(pkg(r, "libfoo1").source()).isEqualTo(new Package.SourcePackage("foo", "1.2-3"));
        assertThat(pkg(r, "oldlib").source()).isEqualTo(new Package.SourcePackage("oldsrc", "2.0-1"));
        assertThat(pkg(r, "tool").source()).isNull();
        assertThat(pkg(r, "tool").sourceOrSelf()).isEqualTo(new Package.SourcePackage("tool", "1:4.0-1"));
    }

    @Test
    void catalog_keepsEpochInVersionAndPurl() throws Exception {
        Package tool = pkg(CatalogFixtures.catalog("dpkg/status-with-removed-and-sources", cataloger), "tool");
        assertThat(tool.version()).isEqualTo("1:4.0-1");
        assertThat(tool.purl().version()).isEqualTo("1:4.0-1");
        assertThat(tool.purl().qualifiers()).containsEntry("arch", "all");
    }

    @Test
    void catalog_readsInstalledFilesFromArchQualifiedList() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dpkg/status-with-removed-and-sources", cataloger);
        assertThat(pkg(r, "libfoo1").files()).containsExactly("/usr", "/usr/lib", "/usr/lib/x86_64-linux-gnu/libfoo.so.1");
        assertThat(pkg(r, "tool").files()).containsExactly("/usr/bin/tool");
        assertThat(pkg(r, "oldlib").files()).isEmpty();
    }

    @Test
    void catalog_readsLicensesFromMachineReadableCopyrightOnly() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dpkg/status-with-removed-and-sources", cataloger);
        assertThat(pkg(r, "libfoo1").licenses()).containsExactly("LGPL-2.1+", "GPL-2+");
        assertThat(pkg(r, "tool").licenses()).isEmpty();
    }

    @Test
    void catalog_readsDistrolessStatusDirectory() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("dpkg/distroless-status-d", cataloger);
        assertThat(r.packages()).extracting(Package::name, Package::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("base-files", "12.4+deb12u5"),
                        org.assertj.core.groups.Tuple.tuple("libssl3", "3.0.11-1~deb12u2"));
        Package ssl = pkg(r, "libssl3");
        assertThat(ssl.location().path()).isEqualTo("/var/lib/dpkg/status.d/libssl3");
        assertThat(ssl.files()).containsExactly("/usr/lib/x86_64-linux-gnu/libssl.so.3");
        assertThat(ssl.source()).isEqualTo(new Package.SourcePackage("openssl", "3.0.11-1~deb12u2"));
        assertThat(ssl.purl().canonical()).isEqualTo("pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.4");
    }

    @Test
    void wants_onlyDatabaseListsAndCopyrightFiles() {
        assertThat(cataloger.wants("/var/lib/dpkg/status")).isTrue();
        assertThat(cataloger.wants("/var/lib/dpkg/status.d/libssl3")).isTrue();
        assertThat(cataloger.wants("/var/lib/dpkg/info/bash.list")).isTrue();
        assertThat(cataloger.wants("/usr/share/doc/bash/copyright")).isTrue();
        assertThat(cataloger.wants("/var/lib/dpkg/status-old")).isFalse();
        assertThat(cataloger.wants("/var/lib/dpkg/info/bash.postinst")).isFalse();
        assertThat(cataloger.wants("/usr/share/doc/bash/examples/copyright")).isFalse();
        assertThat(cataloger.wants("/var/lib/dpkg/status.d/sub/x")).isFalse();
    }

    private static Package pkg(CatalogResult r, String name) {
        return r.packages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}

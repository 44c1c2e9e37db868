package dev.rampart.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Inventory;
import dev.rampart.model.Package;
import dev.rampart.testkit.Corpus;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds the OS package inventory to Trivy's on real images and databases nobody here wrote
 * ({@code ../shared/corpus}). For every OS package Trivy lists, Rampart lists the same name and
 * version; each difference is named here and explained in docs/accuracy.md.
 */
@Tag("corpus")
class OsPackagesCorpusTest {

    @Test
    void debianBase_listsEveryPackageTrivyLists() throws Exception {
        Inventory inv = new InventoryScanner().inventory(ScanRequest.of(Corpus.resolve("images/debian-base.oci.tar")));
        TrivyInventory trivy = TrivyInventory.read(Corpus.resolve("images/trivy/debian-base.cdx.json"));

        assertThat(inv.os()).isNotNull();
        assertThat(inv.os().id()).isEqualTo(trivy.osName());
        assertThat(inv.os().version()).isEqualTo(trivy.osVersion());
        assertSameNamesAndVersions(inv, trivy, Set.of());
        assertThat(inv.packages()).allSatisfy(p -> {
            assertThat(p.location().layer()).isNotNull();
            assertThat(p.purl().type()).isEqualTo("deb");
            assertThat(p.purl().name()).isEqualTo(p.name());
            assertThat(p.purl().version()).isEqualTo(p.version());
            assertThat(p.purl().qualifiers()).containsEntry("distro", "debian-12.15").containsKey("arch");
        });
        assertThat(inv.issues()).isEmpty();
    }

    @Test
    void apkRootfs_listsEveryPackageTrivyListsAndReportsTheRecordWithoutVersion() throws Exception {
        Inventory inv = new InventoryScanner().inventory(ScanRequest.of(Corpus.resolve("pkgdb/apk-rootfs")));
        TrivyInventory trivy = TrivyInventory.read(Corpus.resolve("pkgdb/apk-rootfs.cdx.json"));

        assertThat(inv.os().id()).isEqualTo(trivy.osName());
        assertThat(inv.os().version()).isEqualTo(trivy.osVersion());
        assertSameNamesAndVersions(inv, trivy, Set.of());
        assertThat(inv.issues()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("invalidPackageWithoutAVersion has no version"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
        "centos, centos, 7.9.2009, 1",
        "sles, sles, 15.3, 35",
        "mariner, mariner, 2.0, 129",
    })
    void rpmRootfs_listsEveryPackageTrivyLists(String name, String osId, String osVersion, int count) throws Exception {
        Inventory inv = new InventoryScanner().inventory(ScanRequest.of(Corpus.resolve("pkgdb/rpm-rootfs/" + name)));
        TrivyInventory trivy = TrivyInventory.read(Corpus.resolve("pkgdb/rpmdb-" + name + ".cdx.json"));

        assertThat(inv.os()).isNotNull();
        assertThat(inv.os().id()).isEqualTo(osId);
        assertThat(inv.os().version()).isEqualTo(osVersion);
        assertThat(inv.packages()).hasSize(count);
        assertSameNamesAndVersions(inv, trivy, Set.of());
        assertThat(inv.packages()).allSatisfy(p -> {
            assertThat(p.purl().type()).isEqualTo("rpm");
            assertThat(p.purl().qualifiers()).containsEntry("distro", osId + "-" + osVersion);
        });
        assertThat(inv.issues()).isEmpty();
    }

    static void assertSameNamesAndVersions(Inventory inv, TrivyInventory trivy, Set<String> explained) {
        Set<String> ours = inv.packages().stream().filter(p -> p.type().isOsPackage())
                .map(OsPackagesCorpusTest::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> theirs = trivy.packages().stream().map(e -> e.name() + "@" + e.version())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(theirs);
        missing.removeAll(ours);
        missing.removeAll(explained);
        Set<String> extra = new TreeSet<>(ours);
        extra.removeAll(theirs);
        extra.removeAll(explained);
        assertThat(missing).as("packages Trivy lists that Rampart does not (explain each in docs/accuracy.md)").isEmpty();
        assertThat(extra).as("packages Rampart lists that Trivy does not (explain each in docs/accuracy.md)").isEmpty();
    }

    private static String key(Package p) {
        return p.name() + "@" + p.version();
    }

    static Path corpus(String relative) {
        return Corpus.resolve(relative);
    }
}

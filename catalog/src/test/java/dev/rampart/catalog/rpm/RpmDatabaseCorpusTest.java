package dev.rampart.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.Corpus;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holds the three readers to real databases from the corpus and to Trivy's inventory of each.
 */
class RpmDatabaseCorpusTest {

    private static List<RpmPackage> read(String corpusPath, String imagePath) throws Exception {
        return RpmDatabase.read(imagePath, Files.readAllBytes(Corpus.resolve(corpusPath)));
    }

    private static Map<String, RpmPackage> byName(List<RpmPackage> packages) {
        return packages.stream().collect(Collectors.toMap(RpmPackage::name, Function.identity()));
    }

    @Test
    void read_sqliteMariner_matchesTrivyForEveryPackage() throws Exception {
        List<RpmPackage> packages = read("pkgdb/rpmdb/cbl-mariner-2.0/rpmdb.sqlite", "/var/lib/rpm/rpmdb.sqlite");
        TrivyInventory trivy = TrivyInventory.load("pkgdb/rpmdb-mariner.cdx.json");

        assertThat(packages).hasSize(129);
        assertThat(packages.stream().map(TrivyInventory::identityOf))
                .containsExactlyInAnyOrderElementsOf(trivy.identities());
        assertSourceAndVendorAgree(packages, trivy);
    }

    @Test
    void read_ndbSles_matchesTrivyForEveryPackage() throws Exception {
        List<RpmPackage> packages = read("pkgdb/rpmdb/sle15-bci/Packages.db", "/usr/lib/sysimage/rpm/Packages.db");
        TrivyInventory trivy = TrivyInventory.load("pkgdb/rpmdb-sles.cdx.json");

        assertThat(packages).hasSize(35);
        assertThat(packages.stream().map(TrivyInventory::identityOf))
                .containsExactlyInAnyOrderElementsOf(trivy.identities());
        assertSourceAndVendorAgree(packages, trivy);
    }

    @Test
    void read_berkeleyDbCentos_matchesTrivy() throws Exception {
        List<RpmPackage> packages = read("pkgdb/rpmdb/libuuid/Packages", "/var/lib/rpm/Packages");
        TrivyInventory trivy = TrivyInventory.load("pkgdb/rpmdb-centos.cdx.json");

        assertThat(packages.stream().map(TrivyInventory::identityOf))
                .containsExactlyInAnyOrderElementsOf(trivy.identities());
        assertSourceAndVendorAgree(packages, trivy);
        assertThat(packages.getFirst().sourceRpm()).isEqualTo("util-linux-2.32.1-42.el8_8.src.rpm");
    }

    private static void assertSourceAndVendorAgree(List<RpmPackage> packages, TrivyInventory trivy) {
        Map<String, RpmPackage> read = byName(packages);
        for (TrivyInventory.Component c : trivy.components()) {
            RpmPackage p = read.get(c.name());
            assertThat(p.vendor()).as("vendor of %s", c.name()).isEqualTo(c.supplier());
            assertThat(p.sourceRpm()).as("source rpm of %s", c.name())
                    .isEqualTo(c.sourceName() + "-" + c.sourceVersionRelease() + ".src.rpm");
        }
    }

    @Test
    void read_sqliteMariner_listsFilesOfBashAndCurl() throws Exception {
        Map<String, RpmPackage> packages = byName(read("pkgdb/rpmdb/cbl-mariner-2.0/rpmdb.sqlite", "/var/lib/rpm/rpmdb.sqlite"));

        assertThat(packages.get("bash").files()).contains("/bin/bash", "/etc/skel/.bashrc");
        assertThat(packages.get("curl").files()).contains("/usr/bin/curl");
        assertThat(packages.values()).allSatisfy(p -> assertThat(p.files()).allMatch(f -> f.startsWith("/")));
    }

    @Test
    void read_ndbSles_listsFilesOfBash() throws Exception {
        Map<String, RpmPackage> packages = byName(read("pkgdb/rpmdb/sle15-bci/Packages.db", "/var/lib/rpm/Packages.db"));

        assertThat(packages.get("bash").files()).contains("/bin/bash");
        assertThat(packages.get("bash").sourceRpm()).isEqualTo("bash-4.4-19.6.1.src.rpm");
    }

    @Test
    void read_berkeleyDbCentos_listsFilesOfLibuuid() throws Exception {
        RpmPackage libuuid = read("pkgdb/rpmdb/libuuid/Packages", "/var/lib/rpm/Packages").getFirst();

        assertThat(libuuid.files()).contains("/usr/lib64/libuuid.so.1");
    }
}

package dev.rampart.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Inventory;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Debian's python3-* packages install dist-info that the inventory keeps, with the owner recorded. */
class OwnedPythonPackagesTest {
    @Test
    void inventory_keepsPythonPackageInstalledByDpkgWithItsOwner() throws Exception {
        Inventory inv = new InventoryScanner().inventory(ScanRequest.of(Path.of("src/test/resources/rootfs/debian-python3-six")));
        Package six = inv.packages().stream().filter(p -> p.type() == PackageType.PYPI).findFirst().orElseThrow();
        assertThat(six.name()).isEqualTo("six");
        assertThat(six.version()).isEqualTo("1.16.0");
        assertThat(six.properties()).containsEntry(PackageProperties.OWNED_BY, "python3-six");
        assertThat(inv.packages()).filteredOn(p -> p.type() == PackageType.DEB).extracting(Package::name).containsExactly("python3-six");
    }
}

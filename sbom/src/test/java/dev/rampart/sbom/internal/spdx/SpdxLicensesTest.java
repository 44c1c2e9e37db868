package dev.rampart.sbom.internal.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpdxLicensesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GPL-2+                 | GPL-2-plus",
        "public-domain          | public-domain",
        "GPL-2+ or Artistic     | GPL-2-plus-or-Artistic",
        "BSD (3 clause)         | BSD-3-clause",
        "Expat/MIT              | Expat-MIT",
        "???                    | unnamed",
        "LGPL-2.1+              | LGPL-2.1-plus",
    })
    void safeIdString_keepsOnlyLettersDigitsDotsAndDashes(String name, String safe) {
        assertThat(SpdxLicenses.safeIdString(name)).isEqualTo(safe).matches("[A-Za-z0-9.-]+");
    }

    @Test
    void declared_givesTwoNamesThatLookAlikeTwoRefs() {
        SpdxLicenses licenses = SpdxLicenses.forPackages(List.of());

        assertThat(licenses.declared(List.of("BSD (3 clause)"))).isEqualTo("LicenseRef-BSD-3-clause");
        assertThat(licenses.declared(List.of("BSD 3 clause"))).isEqualTo("LicenseRef-BSD-3-clause-2");
        assertThat(licenses.declared(List.of("BSD (3 clause)"))).isEqualTo("LicenseRef-BSD-3-clause");
        assertThat(licenses.definitions()).extracting(SpdxExtractedLicense::licenseId, SpdxExtractedLicense::extractedText)
                .containsExactly(
                        tuple("LicenseRef-BSD-3-clause", "BSD (3 clause)"),
                        tuple("LicenseRef-BSD-3-clause-2", "BSD 3 clause"));
    }

    @Test
    void forPackages_keepsRefsThatRecordedExpressionsUseForThem() {
        // "acme" is met first, but "LicenseRef-acme" belongs to the expression that spells it out
        SpdxLicenses licenses = SpdxLicenses.forPackages(List.of(pkg("a", "acme"), pkg("b", "LicenseRef-acme OR MIT")));

        assertThat(licenses.declared(List.of("acme"))).isEqualTo("LicenseRef-acme-2");
        assertThat(licenses.declared(List.of("LicenseRef-acme OR MIT"))).isEqualTo("LicenseRef-acme OR MIT");
        assertThat(licenses.definitions()).extracting(SpdxExtractedLicense::licenseId)
                .containsExactly("LicenseRef-acme", "LicenseRef-acme-2");
    }

    @Test
    void declared_joinsSeveralLicensesWithAnd() {
        SpdxLicenses licenses = SpdxLicenses.forPackages(List.of());

        assertThat(licenses.declared(List.of("MIT OR Apache-2.0", "GPL-2+", "Zlib AND ISC")))
                .isEqualTo("(MIT OR Apache-2.0) AND LicenseRef-GPL-2-plus AND Zlib AND ISC");
        assertThat(licenses.declared(List.of())).isEqualTo("NOASSERTION");
        assertThat(licenses.declared(List.of(" ", ""))).isEqualTo("NOASSERTION");
    }

    private static Package pkg(String name, String license) {
        return new Package(PackageType.DEB, name, "1", "", null, List.of(license),
                Purl.parse("pkg:deb/debian/" + name + "@1"), new Location(null, "/var/lib/dpkg/status"), List.of());
    }
}

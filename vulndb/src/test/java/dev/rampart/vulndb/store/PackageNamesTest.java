package dev.rampart.vulndb.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageNamesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        // PEP 503's own examples: all of these are one project
        "PyPI, friendly-bard, friendly-bard",
        "PyPI, Friendly-Bard, friendly-bard",
        "PyPI, FRIENDLY-BARD, friendly-bard",
        "PyPI, friendly.bard, friendly-bard",
        "PyPI, friendly_bard, friendly-bard",
        "PyPI, friendly--bard, friendly-bard",
        "PyPI, FrIeNdLy-._.-bArD, friendly-bard",
        "PyPI, Jinja2, jinja2",
        "PyPI, zope.interface, zope-interface",
        "NuGet, Newtonsoft.Json, newtonsoft.json",
        "NuGet, BouncyCastle.Cryptography, bouncycastle.cryptography",
        "Packagist, Symfony/HTTP-Kernel, symfony/http-kernel",
        "npm, @Babel/Core, @Babel/Core",
        "Maven, org.apache.logging.log4j:log4j-core, org.apache.logging.log4j:log4j-core",
        "Go, github.com/BurntSushi/toml, github.com/BurntSushi/toml",
        "crates.io, serde_json, serde_json",
        "RubyGems, Rack, Rack",
        "Debian, libxml2, libxml2",
    })
    void normalise_keysNamesAsTheEcosystemCompares(String ecosystem, String name, String key) {
        assertThat(PackageNames.normalise(ecosystem, name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"PyPI, TITLE", "NuGet, TITLE", "Packagist, TITLE"})
    void normalise_foldsCaseWithoutTheDefaultLocale(String ecosystem, String name) {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(PackageNames.normalise(ecosystem, name)).isEqualTo("title");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}

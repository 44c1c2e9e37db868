package dev.rampart.catalog.golang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoVersionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "go1.22.3|1.22.3",
            "go1.19|1.19.0",
            "go1.21.0|1.21.0",
            "go1.21rc2|1.21.0-rc.2",
            "go1.20beta1|1.20.0-beta.1",
            "go1.22.3 X:boringcrypto|1.22.3",
            "devel go1.23-4b5f3bc Tue Apr 2 2024|",
            "1.22.3|"})
    void semver_mapsToolchainNamesToSemanticVersions(String go, String expected) {
        assertThat(GoVersions.semver(go).orElse(null)).isEqualTo(expected);
    }
}

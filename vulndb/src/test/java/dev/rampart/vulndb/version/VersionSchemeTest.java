package dev.rampart.vulndb.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionSchemeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Debian:12                              | Debian (dpkg)
            Ubuntu:22.04:LTS                       | Debian (dpkg)
            Ubuntu:Pro:18.04:LTS                   | Debian (dpkg)
            Alpine:v3.19                           | Alpine (apk)
            Wolfi                                  | Alpine (apk)
            Red Hat:enterprise_linux:9::appstream  | RPM
            AlmaLinux:9                            | RPM
            Rocky Linux:9                          | RPM
            SUSE:Linux Enterprise Server 15 SP5    | RPM
            openSUSE:Leap 15.5                     | RPM
            Maven                                  | Maven
            PyPI                                   | PyPI (PEP 440)
            npm                                    | SemVer
            crates.io                              | SemVer
            Hex                                    | SemVer
            NuGet                                  | NuGet
            Go                                     | Go
            RubyGems                               | RubyGems
            Packagist                              | Packagist
            Hackage                                | Hackage
            Pub                                    | Pub
            CRAN                                   | CRAN
            Bioconductor                           | CRAN
            """)
    void forEcosystem_findsTheSchemeOfEachOsvEcosystem(String ecosystem, String scheme) {
        assertThat(VersionScheme.forEcosystem(ecosystem)).get().extracting(VersionScheme::name).isEqualTo(scheme);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"GitHub Actions", "Linux", "OSS-Fuzz", "debian:12", "PYPI", ""})
    void forEcosystem_isEmptyForEcosystemsWithoutAScheme(String ecosystem) {
        assertThat(VersionScheme.forEcosystem(ecosystem)).isEmpty();
    }

    @Test
    void compareTo_refusesToOrderVersionsOfTwoSchemes() throws InvalidVersionException {
        ParsedVersion deb = Dpkg.INSTANCE.parse("1.0");
        ParsedVersion mvn = Maven.INSTANCE.parse("1.0");
        assertThatThrownBy(() -> deb.compareTo(mvn))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot order Debian (dpkg) version '1.0' against Maven version '1.0'");
    }

    @Test
    void parsedVersion_equalsByTextWhileCompareToOrdersByPrecedence() throws InvalidVersionException {
        ParsedVersion short1 = Maven.INSTANCE.parse("1.0");
        ParsedVersion long1 = Maven.INSTANCE.parse("1.0.0");
        assertThat(short1.compareTo(long1)).isZero();
        assertThat(short1).isNotEqualTo(long1);
        assertThat(short1).isEqualTo(Maven.INSTANCE.parse("1.0")).hasSameHashCodeAs(Maven.INSTANCE.parse("1.0"));
        assertThat(short1).isNotEqualTo(Dpkg.INSTANCE.parse("1.0"));
        assertThat(short1.text()).isEqualTo("1.0");
        assertThat(short1.scheme()).isSameAs(Maven.INSTANCE);
        assertThat(short1).hasToString("1.0");
    }

    @Test
    void compare_givesMinusOneZeroOrOne() throws InvalidVersionException {
        assertThat(Dpkg.INSTANCE.compare("1.0", "10.0")).isEqualTo(-1);
        assertThat(Dpkg.INSTANCE.compare("10.0", "1.0")).isEqualTo(1);
        assertThat(Dpkg.INSTANCE.compare("1.0", "1.0-0")).isZero();
    }
}

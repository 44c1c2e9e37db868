package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pep440Test {
    private final VersionScheme pypi = Pep440.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pypi-versions.txt, 37", "pypi-versions-generated.txt, 12375"})
    void compare_agreesWithEveryUpstreamVector(String file, int lines) {
        var vectors = Vectors.read(file);
        assertThat(vectors).hasSize(lines);
        assertThat(Vectors.mismatches(pypi, vectors)).isEmpty();
    }

    /** Each answer checked against {@code packaging} 26.2. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0-alpha1, =, 1.0a1",
        "1.0C1, =, 1.0rc1",
        "1.0-preview2, =, 1.0rc2",
        "1.0.post, =, 1.0.post0",
        "1.0-1, =, 1.0.post1",
        "1.0_rev3, =, 1.0.post3",
        "V1.0, =, 1.0",
        "1.0.0, =, 1",
        "1.10, >, 1.9",
        "1!0.1, >, 2.0",
        "1.0.dev0, <, 1.0a0",
        "1.0.0a1, >, 1.0.0.dev9",
        "1.0a1.dev1, <, 1.0a1",
        "1.0rc1, <, 1.0",
        "1.0, <, 1.0.post1.dev1",
        "1.0.post1.dev1, <, 1.0.post1",
        "1.0, <, 1.0+local",
        "1.0+local.a, <, 1.0+local.1",
        "1.0+abc.5, >, 1.0+abc.4",
    })
    void compare_ordersAsPackagingDoes(String a, String op, String b) {
        assertOrder(pypi, a, op, b);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "0.9-doduo, <, 0.0.1",
        "trunk, <, 0.dev0",
        "0.1-bulbasaur, <, 0.1-charmander",
        "2013-01-21T20:33:09+0100, <, 2013-01-23T17:11:52+0100",
        "0.3m1, <, 0.3m2",
    })
    void compare_ordersLegacyVersionsBeforeEveryPep440Version(String a, String op, String b) {
        assertOrder(pypi, a, op, b);
    }

    @Test
    void isLegacy_tellsLegacyVersionsFromPep440Ones() throws InvalidVersionException {
        assertThat(Pep440.isLegacy(pypi.parse("0.9-doduo"))).isTrue();
        assertThat(Pep440.isLegacy(pypi.parse("1.0a1"))).isFalse();
        assertThat(Pep440.isLegacy(pypi.parse("1.0-alpha1"))).isFalse();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""           | the version is empty
            " 1.0"       | whitespace or a control character at index 0
            1.0\u00e9      | neither PEP 440 nor a legacy version: '\u00e9' at index 3 is not printable ASCII
            """)
    void parse_refusesEmptyBlankAndNonAsciiText(String version, String reason) {
        assertRefused(pypi, version, reason);
    }
}

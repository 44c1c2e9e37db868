package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemVerTest {
    private final VersionScheme semver = SemVer.INSTANCE;

    @Test
    void compare_agreesWithEveryUpstreamVector() {
        var vectors = Vectors.read("semver-versions.txt");
        assertThat(vectors).hasSize(86);
        assertThat(Vectors.mismatches(semver, vectors)).isEmpty();
    }

    /** Each answer checked against node-semver 7's {@code compare}. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0.0-alpha, <, 1.0.0-alpha.1",
        "1.0.0-alpha.1, <, 1.0.0-alpha.beta",
        "1.0.0-beta.2, <, 1.0.0-beta.11",
        "1.0.0-rc.1, <, 1.0.0",
        "1.0.0-0, <, 1.0.0-alpha",
        "1.2.3-1, <, 1.2.3-a",
        "1.2.3-5-foo, >, 1.2.3-5",
        "1.2.3-Beta, <, 1.2.3-beta",
        "10.0.0, >, 9.99.99",
        "1.2.3+a, =, 1.2.3+b",
        "v1.2.3, =, 1.2.3",
    })
    void compare_ordersBySemVerPrecedence(String a, String op, String b) {
        assertOrder(semver, a, op, b);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.2, =, 1.2.0",
        "1, <, 1.0.1",
        "1.2.3.4, >, 1.2.3",
        "01.2.3, =, 1.2.3",
        "999999999999999999999999999991, <, 999999999999999999999999999999",
    })
    void compare_acceptsOtherCountsOfNumbersAsTheOsvDataHasThem(String a, String op, String b) {
        assertOrder(semver, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""             | the version is empty
            v              | empty version number
            1..2           | empty version number
            1.2.           | empty version number
            1.2.3-         | empty pre-release identifier
            1.2.3-a..b     | empty pre-release identifier
            1.2.3+         | empty build identifier
            1.2.3-a_b      | '_' is not allowed in a pre-release identifier
            1.2.3+b+c      | '+' is not allowed in a build identifier
            1.2.x          | expected '.', '-' or '+' after the numbers, found 'x' at index 4
            V1.2.3         | expected '.', '-' or '+' after the numbers, found 'V' at index 0
            "1.2.3 "       | whitespace or a control character at index 5
            """)
    void parse_refusesWhatIsNotSemVer(String version, String reason) {
        assertRefused(semver, version, reason);
    }
}

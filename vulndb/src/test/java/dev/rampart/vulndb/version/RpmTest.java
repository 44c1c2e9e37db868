package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RpmTest {
    private final VersionScheme rpm = Rpm.INSTANCE;

    @Test
    void compare_agreesWithEveryUpstreamVector() {
        var vectors = Vectors.read("redhat-versions.txt");
        assertThat(vectors).hasSize(165);
        assertThat(Vectors.mismatches(rpm, vectors)).isEmpty();
    }

    /** Each answer checked against rpm 4.18's {@code rpm.vercmp}. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0~rc1, <, 1.0",
        "1.0, <, 1.0^git1",
        "1.0^git1, <, 1.0.1",
        "1.0a, >, 1.0",
        "1.0, =, 1.0.",
        "10.0001, =, 10.1",
        "2.0.1a, >, 2.0.1",
        "1:1.0, >, 2.0",
        "0:3.10.0-229.el7, =, 3.10.0-229.el7",
        "1.0-1, >, 1.0",
        "1.0-1.el9, <, 1.0-1.el9_2",
        "5.14.0-362.8.1.el9_3, <, 5.14.0-362.13.1.el9_3",
    })
    void compare_ordersAsRpmVercmpDoes(String a, String op, String b) {
        assertOrder(rpm, a, op, b);
    }

    @Test
    void compare_takesReleaseAfterLastHyphen() {
        // '1.0-1' is the version; a first-hyphen split would make '1.0' the version and this '<'
        assertOrder(rpm, "1.0-1-2", ">", "1.0.1-0");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""        | the version is empty
            "1.0 -1"  | whitespace or a control character at index 3
            """)
    void parse_refusesEmptyAndBlankText(String version, String reason) {
        assertRefused(rpm, version, reason);
    }
}

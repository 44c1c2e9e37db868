package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HackageTest {
    private final VersionScheme hackage = Hackage.INSTANCE;

    @Test
    void compare_agreesWithEveryUpstreamVector() {
        var vectors = Vectors.read("hackage-versions.txt");
        assertThat(vectors).hasSize(11);
        assertThat(Vectors.mismatches(hackage, vectors)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"1.0, <, 1.0.0", "1.0.0, <, 1.0.1", "1.0.1, <, 1.1", "1.10, >, 1.9", "01.2, =, 1.2"})
    void compare_ordersAsListsOfNumbers(String a, String op, String b) {
        assertOrder(hackage, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""       | the version is empty
            1.0-a    | expected dot-separated numbers, found '0-a'
            1..2     | expected dot-separated numbers, found ''
            """)
    void parse_refusesAnythingButDottedNumbers(String version, String reason) {
        assertRefused(hackage, version, reason);
    }
}

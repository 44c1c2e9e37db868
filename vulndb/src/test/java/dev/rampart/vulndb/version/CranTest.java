package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CranTest {
    private final VersionScheme cran = Cran.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cran-versions.txt, 21", "cran-versions-generated.txt, 57"})
    void compare_agreesWithEveryUpstreamVector(String file, int lines) {
        var vectors = Vectors.read(file);
        assertThat(vectors).hasSize(lines);
        assertThat(Vectors.mismatches(cran, vectors)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"0.01.0, =, 0.1-0", "0.9, <, 0.75", "1.0-1, <, 1.0-1.1", "1.2-3, =, 1.2.3"})
    void compare_ordersAsPackageVersionDoes(String a, String op, String b) {
        assertOrder(cran, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""       | the version is empty
            1        | R package versions have at least two numbers
            1.0a     | expected numbers separated by '.' or '-', found '0a'
            1.-2     | expected numbers separated by '.' or '-', found ''
            """)
    void parse_refusesWhatPackageVersionRefuses(String version, String reason) {
        assertRefused(cran, version, reason);
    }
}

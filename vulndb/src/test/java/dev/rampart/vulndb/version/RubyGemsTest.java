package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubyGemsTest {
    private final VersionScheme gems = RubyGems.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rubygems-versions.txt, 25", "rubygems-versions-generated.txt, 4098"})
    void compare_agreesWithEveryUpstreamVector(String file, int lines) {
        var vectors = Vectors.read(file);
        assertThat(vectors).hasSize(lines);
        assertThat(Vectors.mismatches(gems, vectors)).isEmpty();
    }

    /** Each answer checked against RubyGems 3.3's {@code Gem::Version#<=>}. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0.a10, =, 1.0.a.10",
        "1.0.a, <, 1.0.b1",
        "1.0.b1, <, 1.0",
        "1.0, <, 1.0.1",
        "1.0, =, 1.0.0",
        "1.0.0.a, =, 1.0.a",
        "1.0-beta, =, 1.0.pre.beta",
        "1.0-beta, <, 1.0",
        "1.0.A, <, 1.0.a",
        "2.0.0.rc1, <, 2.0.0",
        "3.10, >, 3.9",
        "1.0.0.1, >, 1.0",
    })
    void compare_ordersAsGemVersionDoes(String a, String op, String b) {
        assertOrder(gems, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""       | the version is empty
            a1       | expected digits, then dot-separated letters and digits, then an optional -pre.release
            1..2     | expected digits, then dot-separated letters and digits, then an optional -pre.release
            1.0-     | expected digits, then dot-separated letters and digits, then an optional -pre.release
            1.0_1    | expected digits, then dot-separated letters and digits, then an optional -pre.release
            " 1.0"   | whitespace or a control character at index 0
            """)
    void parse_refusesWhatGemVersionRefuses(String version, String reason) {
        assertRefused(gems, version, reason);
    }
}

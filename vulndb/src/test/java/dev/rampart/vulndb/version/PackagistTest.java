package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackagistTest {
    private final VersionScheme packagist = Packagist.INSTANCE;

    /**
     * One hand-written upstream vector cannot hold in any total order: the file asserts both
     * {@code 1.2.3.# = 1.2.3} and {@code 1.2.3.# = 1.2.3.1}, yet {@code 1.2.3 < 1.2.3.1}. The scheme keeps
     * the first (a lone {@code #} compares like the end of the version) and answers {@code <} for the
     * second, as PHP's {@code version_compare} does.
     */
    private static final String NOT_IN_ANY_TOTAL_ORDER =
            "packagist-versions.txt:96: 1.2.3.# = 1.2.3.1  (got <)";

    @Test
    void compare_agreesWithEveryHandWrittenVectorThatATotalOrderCanHold() {
        var vectors = Vectors.read("packagist-versions.txt");
        assertThat(vectors).hasSize(95);
        assertThat(Vectors.mismatches(packagist, vectors)).containsExactly(NOT_IN_ANY_TOTAL_ORDER);
    }

    @Test
    void compare_holdsTheVectorsThatMakeTheOneExceptionImpossible() {
        assertOrder(packagist, "1.2.3.#", "=", "1.2.3");
        assertOrder(packagist, "1.2.3", "<", "1.2.3.1");
    }

    @Test
    void compare_agreesWithEveryGeneratedVector() {
        var vectors = Vectors.read("packagist-versions-generated.txt");
        assertThat(vectors).hasSize(10630);
        assertThat(Vectors.mismatches(packagist, vectors)).isEmpty();
    }

    /** Each answer checked against PHP 8.2's {@code version_compare}. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0-dev, <, 1.0a1",
        "1.0a1, <, 1.0b1",
        "1.0b1, <, 1.0RC1",
        "1.0RC1, <, 1.0",
        "1.0, <, 1.0.1",
        "1.0.1, <, 1.0pl1",
        "1.0_patch1, >, 1.0",
        "1.0rc1, =, 1.0.rc.1",
        "1.25.0beta2.1, =, 1.25.0-b2.1",
        "1.0-foo, <, 1.0-dev",
        "1.0-foo, <, 1.0-bar",
        "1.0Beta, <, 1.0dev",
        "1.0.0, >, 1.0",
        "1.0., <, 1.0",
        "1..2, =, 1.2",
        "v1.0.0, =, V1.0.0",
        "v2.0, >, 1.9",
    })
    void compare_ordersAsPhpVersionCompareDoes(String a, String op, String b) {
        assertOrder(packagist, a, op, b);
    }

    @Test
    void compare_comparesNumbersOfAnySizeExactly() {
        assertOrder(packagist, "999999999999999999999999999991", "<", "999999999999999999999999999999");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""         | the version is empty
            v          | nothing after the 'v'
            1.0@dev    | '@' is not allowed (letters, digits and . - _ + #)
            1.0#       | '#' must stand alone between separators
            1.#0       | '#' must stand alone between separators
            "1.0 "     | whitespace or a control character at index 3
            """)
    void parse_refusesWhatIsNotAComposerVersion(String version, String reason) {
        assertRefused(packagist, version, reason);
    }
}

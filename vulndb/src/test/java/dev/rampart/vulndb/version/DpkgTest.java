package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DpkgTest {
    private final VersionScheme dpkg = Dpkg.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"debian-versions.txt, 30", "debian-versions-generated.txt, 14442"})
    void compare_agreesWithEveryUpstreamVector(String file, int lines) {
        var vectors = Vectors.read(file);
        assertThat(vectors).hasSize(lines);
        assertThat(Vectors.mismatches(dpkg, vectors)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0~rc1, <, 1.0",
        "1.0~~, <, 1.0~",
        "1.0, <, 1.0a",
        "1.0a, <, 1.0+b1",
        "1.0+b1, <, 1.0.1",
        "1.9, <, 1.10",
        "1.0, =, 1.0-0",
        "1.0, =, 0:1.0",
        "1.01, =, 1.1",
        "1:0.1, >, 9.9",
        "2.36-9+deb12u4, <, 2.36-9+deb12u10",
        "1.2.3-1~deb7u1, <, 1.2.3-1",
        "7.88.1-10+deb12u5, >, 7.88.1-10",
        "1:2.3-4-5, >, 1:2.3-4",
    })
    void compare_ordersAsDpkgDoes(String a, String op, String b) {
        assertOrder(dpkg, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""            | the version is empty
            1:            | nothing after the epoch's colon
            :1            | the epoch before ':' is empty
            x:1           | the epoch 'x' is not a number
            1.0-1:2       | the epoch '1.0-1' is not a number
            2147483648:1  | the epoch is larger than 2147483647
            1-            | the revision after the last '-' is empty
            -1            | the upstream version is empty
            a1.0          | the upstream version does not start with a digit
            1.0!          | '!' is not allowed in the upstream version (letters, digits and .+~-:)
            1.0-a_b       | '_' is not allowed in the revision (letters, digits and .+~)
            "1.0 "        | whitespace or a control character at index 3
            """)
    void parse_refusesWhatDpkgRefusesOrWarnsAbout(String version, String reason) {
        assertRefused(dpkg, version, reason);
    }
}

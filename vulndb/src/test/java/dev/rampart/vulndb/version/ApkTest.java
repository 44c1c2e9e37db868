package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApkTest {
    private final VersionScheme apk = Apk.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"alpine-versions.txt, 778", "alpine-versions-generated.txt, 13979"})
    void compare_agreesWithEveryUpstreamVector(String file, int lines) {
        var vectors = Vectors.read(file);
        assertThat(vectors).hasSize(lines);
        assertThat(Vectors.mismatches(apk, vectors)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.2_rc1, <, 1.2",
        "1.2, <, 1.2-r1",
        "1.2-r1, <, 1.2_p1",
        "1.2_p1, <, 1.2a",
        "1.2a, <, 1.2.1",
        "1.0_alpha, <, 1.0_beta",
        "1.0_beta, <, 1.0_pre",
        "1.0_pre, <, 1.0_rc",
        "1.0_cvs, <, 1.0_svn",
        "1.0_git, <, 1.0_hg",
        "1.0_hg, <, 1.0_p",
        "1.2_rc1_p2, >, 1.2_rc1",
        "1.05, <, 1.1",
        "1.0, >, 1",
        "1.2.3-r10, >, 1.2.3-r9",
        "2.4.7-r0, =, 2.4.7-r00",
        "6.0.2p1-r1, <, 6.0.2p1-r2",
        "20230506-r0, >, 20230311-r0",
    })
    void compare_ordersAsApkToolsDoes(String a, String op, String b) {
        assertOrder(apk, a, op, b);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.2_git20230101~ab12, >, 1.2_git20230101",
        "1.2_git20230101~ab12-r1, >, 1.2_git20230101~ab12-r0",
        "1.2~ab12, >, 1.2-r5",
        "1.2~ab12, <, 1.2_p1",
    })
    void compare_ordersCommitHashBetweenSuffixAndRevision(String a, String op, String b) {
        assertOrder(apk, a, op, b);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1, >, 1-ruff",
        "1.2, >, 1.2_blah",
        "1.2.0D, <, 1.2.0d",
        "1-ruff2, =, 1-ruff1",
        "1.0, <, 1.0bc",
        "0.r1, <, 0r2",
        "a, <, b",
        ".1, <, 1",
    })
    void compare_ordersTextApkWouldNotInstallBelowWhereItStopsMakingSense(String a, String op, String b) {
        assertOrder(apk, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""         | the version is empty
            "1.2 -r0"  | whitespace or a control character at index 3
            1.2\u00e9   | apk versions are ASCII; found '\u00e9' at index 3
            """)
    void parse_refusesEmptyBlankAndNonAsciiText(String version, String reason) {
        assertRefused(apk, version, reason);
    }
}

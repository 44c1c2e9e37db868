package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PubTest {
    private final VersionScheme pub = Pub.INSTANCE;

    @Test
    void compare_agreesWithEveryUpstreamVector() {
        var vectors = Vectors.read("pub-versions.txt");
        assertThat(vectors).hasSize(100);
        assertThat(Vectors.mismatches(pub, vectors)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0.0-pre, <, 1.0.0-pre+build",
        "1.0.0-pre+build, <, 1.0.0",
        "1.0.0, <, 1.0.0+1",
        "1.0.0+1, <, 1.0.0+2",
        "1.0.0+2, <, 1.0.0+a",
        "1.0.0+a, <, 1.0.0+a.1",
        "1.0.0+build, <, 1.0.1",
    })
    void compare_ordersBuildMetadataAfterTheReleaseAsPubSemverDoes(String a, String op, String b) {
        assertOrder(pub, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""        | the version is empty
            1.0.0+    | empty build identifier
            1.0.x     | expected '.', '-' or '+' after the numbers, found 'x' at index 4
            """)
    void parse_refusesWhatIsNotSemVer(String version, String reason) {
        assertRefused(pub, version, reason);
    }
}

package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NuGetTest {
    private final VersionScheme nuget = NuGet.INSTANCE;

    @Test
    void compare_agreesWithEveryUpstreamVector() {
        var vectors = Vectors.read("nuget-versions.txt");
        assertThat(vectors).hasSize(35);
        assertThat(Vectors.mismatches(nuget, vectors)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0, =, 1.0.0.0",
        "1.0.01, =, 1.0.1",
        "1.0.0.1, >, 1.0.0",
        "1.0.0-BETA, =, 1.0.0-beta",
        "1.0.0-beta, <, 1.0.0",
        "1.0.0-beta.2, <, 1.0.0-beta.10",
        "1.0.0-beta+build1, =, 1.0.0-beta+build2",
        "2.0.0-rc.1, >, 2.0.0-RC",
    })
    void compare_ordersAsNuGetDoes(String a, String op, String b) {
        assertOrder(nuget, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            v1.0.0       | NuGet versions have no 'v' prefix
            1.2.3.4.5    | more than four numbers
            1.0.0-       | empty pre-release identifier
            1.0.0-be_ta  | '_' is not allowed in a pre-release identifier
            ""           | the version is empty
            """)
    void parse_refusesWhatNuGetRefuses(String version, String reason) {
        assertRefused(nuget, version, reason);
    }
}

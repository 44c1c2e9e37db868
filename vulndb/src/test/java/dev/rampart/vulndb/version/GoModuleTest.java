package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoModuleTest {
    private final VersionScheme go = GoModule.INSTANCE;

    /**
     * osv-scalibr also holds Go to its SemVer vectors; one of them has five numbers, which Go refuses
     * ({@code semver.IsValid("v1.1.3.4.5")} is false), so the scheme refuses it too.
     */
    @Test
    void compare_agreesWithEverySemVerVectorButTheOneGoRefuses() {
        var vectors = Vectors.read("semver-versions.txt");
        assertThat(vectors).hasSize(86);
        assertThat(Vectors.mismatches(go, vectors)).containsExactly(
                "semver-versions.txt:92: 1.1.3.4.5 = 1.1.3.4.5  (got refused: invalid Go version '1.1.3.4.5': "
                        + "more than three numbers)");
    }

    @Test
    void compare_ordersPseudoVersionsByCommitTimeAndBetweenTheirNeighbours() throws InvalidVersionException {
        List<String> ascending = List.of(
                "v0.0.0-20191109021931-daa7c04131f5",
                "v0.0.0-20200101000000-0123456789ab",
                "v0.0.1",
                "v1.2.3",
                "v1.2.4-0.20191109021931-daa7c04131f5",
                "v1.2.4-pre",
                "v1.2.4-pre.0.20191109021931-daa7c04131f5",
                "v1.2.4");
        for (int i = 0; i + 1 < ascending.size(); i++) {
            assertOrder(go, ascending.get(i), "<", ascending.get(i + 1));
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "v2.0.0+incompatible, =, v2.0.0",
        "v2.0.1+incompatible, >, v2.0.0",
        "v1, =, v1.0.0",
        "v1.2, =, v1.2.0",
        "1.2.3, =, v1.2.3",
        "v1.10.0, >, v1.9.9",
    })
    void compare_ordersAsGoDoes(String a, String op, String b) {
        assertOrder(go, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            v1.2.3.4    | more than three numbers
            v1.2-pre    | a shorthand like v1.2 cannot have a pre-release or build suffix
            v1+build    | a shorthand like v1.2 cannot have a pre-release or build suffix
            v01.2.3     | the version number '01' has a leading zero
            v1.2.3-01   | the numeric pre-release identifier '01' has a leading zero
            v1.2.3-     | empty pre-release identifier
            ""          | the version is empty
            """)
    void parse_refusesWhatGoRefuses(String version, String reason) {
        assertRefused(go, version, reason);
    }
}

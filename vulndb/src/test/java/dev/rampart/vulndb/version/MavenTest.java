package dev.rampart.vulndb.version;

import static dev.rampart.vulndb.version.Orders.assertOrder;
import static dev.rampart.vulndb.version.Orders.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MavenTest {
    private final VersionScheme maven = Maven.INSTANCE;

    private static final String UNKNOWN_QUALIFIERS_AS_TEXT =
            "unknown qualifiers sort as text, and '_noneautotype' < 'sec'";

    /**
     * The upstream vectors that Maven's own {@code ComparableVersion} (3.8.7 and 3.9.9 alike) answers
     * differently; Maven decides what "newer" means for Maven users, so the scheme follows it. Maven
     * says {@code >} for every one of them. Each reason is how Maven reads the two versions.
     */
    private static final Map<String, String> MAVEN_DISAGREES = Map.ofEntries(
            Map.entry("1-1 = 1-ga-1", "'-ga' is dropped but leaves a nested list, and the number 1 beats a list"),
            Map.entry("1.0.0-RC16 < 1.0.0.RC8-beta", "both read as rc-N; 16 > 8"),
            Map.entry("1.0.0-gradle-rework-beta3 < 1.0.0.RC7-3", "'gradle' is an unknown qualifier, after rc"),
            Map.entry("2.9.0-1 < 2.9.0.RC1", "'.RC1' reads as '-rc-1', and the number 1 beats the qualifier rc"),
            Map.entry("6.1.12.rc5 < 6.1.12rc1", "both read as rc-N; 5 > 1"),
            Map.entry("1.1.31.sec10 < 1.1.31_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.1.34.sec10 < 1.1.34_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.1.46.sec10 < 1.1.46_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.2.8.sec10_noneautotype < 1.2.8_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.2.31.sec10 < 1.2.31_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.2.48.sec10 < 1.2.48_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.2.50.sec10 < 1.2.50_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.2.54.sec10 < 1.2.54_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.2.57.sec10 < 1.2.57_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.2.60.sec10 < 1.2.60_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.2.67.sec10 < 1.2.67_noneautotype", UNKNOWN_QUALIFIERS_AS_TEXT),
            Map.entry("1.0.0rc0 < 1.0.beta8", "'rc0' reads as rc, which sorts after beta"),
            Map.entry("1.5.9.RC1 < 1.5.9-RC0", "both read as rc-N, and rc-1 > rc-0"),
            Map.entry("1.1.0-01-glassfish < 1.1.0.Beta1", "the number 1 beats the qualifier beta"));

    private static final List<String> FILES = List.of("maven-versions.txt", "maven-versions-generated.txt");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"maven-versions.txt, 102", "maven-versions-generated.txt, 14752"})
    void compare_agreesWithEveryUpstreamVectorButThoseMavenAnswersDifferently(String file, int lines) {
        var vectors = Vectors.read(file);
        assertThat(vectors).hasSize(lines);
        List<String> wrong = new ArrayList<>();
        for (Vectors.Vector v : vectors) {
            String line = v.left() + " " + v.op() + " " + v.right();
            String expected = MAVEN_DISAGREES.containsKey(line) ? ">" : v.op();
            String answer = Vectors.answer(maven, v);
            if (!answer.equals(expected)) {
                wrong.add(v + "  (got " + answer + ", expected " + expected + ")");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void knownDifferences_areExactlyTheNineteenVectorsMavenItselfAnswersDifferently() {
        List<String> disagreements = new ArrayList<>();
        for (String file : FILES) {
            for (Vectors.Vector v : Vectors.read(file)) {
                if (!mavenAnswer(v.left(), v.right()).equals(v.op())) {
                    disagreements.add(v.left() + " " + v.op() + " " + v.right());
                }
            }
        }
        assertThat(disagreements).hasSize(19).containsExactlyInAnyOrderElementsOf(MAVEN_DISAGREES.keySet());
        assertThat(MAVEN_DISAGREES.keySet()).allSatisfy(line ->
                assertThat(mavenAnswer(line.split(" ")[0], line.split(" ")[2])).isEqualTo(">"));
    }

    @Test
    void compare_agreesWithComparableVersionOnEveryUpstreamVersionPair() {
        List<String> wrong = new ArrayList<>();
        for (String file : FILES) {
            for (Vectors.Vector v : Vectors.read(file)) {
                String expected = mavenAnswer(v.left(), v.right());
                String answer = Vectors.answer(maven, v);
                if (!answer.equals(expected)) {
                    wrong.add(v + "  (got " + answer + ", Maven says " + expected + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Versions built from the pieces Maven treats specially, compared pairwise against Maven itself. */
    @Test
    void compare_agreesWithComparableVersionOnGeneratedVersions() {
        String[] pieces = {"0", "1", "2", "10", "01", "00", "a", "b", "m", "alpha", "beta", "milestone", "rc", "cr",
            "snapshot", "ga", "final", "release", "sp", "x", "foo", "RC", "Final", "", "9999999999", "123456789012345678901"};
        String[] separators = {".", "-", "", "_", "."};
        Random random = new Random(440);
        List<String> versions = new ArrayList<>();
        while (versions.size() < 1500) {
            StringBuilder v = new StringBuilder(pieces[random.nextInt(pieces.length)]);
            for (int n = random.nextInt(5); n > 0; n--) {
                v.append(separators[random.nextInt(separators.length)]).append(pieces[random.nextInt(pieces.length)]);
            }
            if (!v.toString().isEmpty()) {
                versions.add(v.toString());
            }
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String a = versions.get(random.nextInt(versions.size()));
            String b = versions.get(random.nextInt(versions.size()));
            String answer = Vectors.answer(maven, new Vectors.Vector("generated", i, a, "?", b));
            String expected = mavenAnswer(a, b);
            if (!answer.equals(expected)) {
                wrong.add(a + " " + expected + " " + b + " (got " + answer + ")");
            }
        }
        assertThat(wrong.stream().distinct().limit(20).collect(Collectors.toList())).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "1.0-alpha-1, <, 1.0-beta",
        "1.0-beta, <, 1.0-milestone-1",
        "1.0-m1, <, 1.0-rc1",
        "1.0-rc1, =, 1.0-cr1",
        "1.0-rc1, <, 1.0-SNAPSHOT",
        "1.0-SNAPSHOT, <, 1.0",
        "1, =, 1.0.0",
        "1.0, =, 1-ga",
        "1.0, =, 1.0.FINAL",
        "1.0, =, 1.0.RELEASE",
        "1.0, <, 1.0-sp1",
        "1.0-sp1, <, 1.0-foo",
        "1.0-foo, <, 1.0-1",
        "1.0-1, <, 1.0.1",
        "1.0a1, =, 1.0-alpha-1",
        "2.0.0.RC1, <, 2.0.0",
        "1.10, >, 1.9",
        "1.0-20230101.120000-5, >, 1.0",
    })
    void compare_ordersAsComparableVersionDoes(String a, String op, String b) {
        assertThat(mavenAnswer(a, b)).as("Maven itself: %s %s %s", a, op, b).isEqualTo(op);
        assertOrder(maven, a, op, b);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""        | the version is empty
            "1.0 "    | whitespace or a control character at index 3
            "1.0\t1"  | whitespace or a control character at index 3
            """)
    void parse_refusesEmptyAndBlankText(String version, String reason) {
        assertRefused(maven, version, reason);
    }

    private static String mavenAnswer(String a, String b) {
        int c = new ComparableVersion(a).compareTo(new ComparableVersion(b));
        return c < 0 ? "<" : c == 0 ? "=" : ">";
    }
}

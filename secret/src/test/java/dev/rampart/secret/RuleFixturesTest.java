package dev.rampart.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule against its fixtures: {@code src/test/resources/<rule-id>/positive/*} must each
 * give at least one finding of that rule, {@code negative/*} none of it.
 */
class RuleFixturesTest {
    private static final SecretScanner SCANNER = SecretScanner.of(SecretRules.builtIn());

    static Path root() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/private-key").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> fixtures(String kind) throws IOException {
        try (Stream<Path> files = Files.walk(root())) {
            List<Path> list = files.filter(Files::isRegularFile)
                    .filter(p -> root().relativize(p).getNameCount() == 3 && root().relativize(p).getName(1).toString().equals(kind))
                    .sorted().toList();
            return list.stream();
        }
    }

    static Stream<Path> positives() throws IOException {
        return fixtures("positive");
    }

    static Stream<Path> negatives() throws IOException {
        return fixtures("negative");
    }

    private static String rule(Path fixture) {
        return root().relativize(fixture).getName(0).toString();
    }

    private static List<SecretFinding> scan(Path fixture) throws IOException {
        return SCANNER.scan("/" + root().relativize(fixture).toString().replace('\\', '/'), Files.readAllBytes(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void positiveFixture_isFoundByItsRule(Path fixture) throws IOException {
        assertThat(scan(fixture)).as(root().relativize(fixture).toString())
                .extracting(SecretFinding::ruleId).contains(rule(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void negativeFixture_isNotFoundByItsRule(Path fixture) throws IOException {
        assertThat(scan(fixture)).as(root().relativize(fixture).toString())
                .extracting(SecretFinding::ruleId).doesNotContain(rule(fixture));
    }

    @Test
    void everyBuiltInRule_hasPositiveAndNegativeFixtures() throws IOException {
        List<String> withPositive = positives().map(RuleFixturesTest::rule).distinct().toList();
        List<String> withNegative = negatives().map(RuleFixturesTest::rule).distinct().toList();
        assertThat(withPositive).containsExactlyInAnyOrderElementsOf(SecretRules.builtIn().ids());
        assertThat(withNegative).containsExactlyInAnyOrderElementsOf(SecretRules.builtIn().ids());
    }

    @Test
    void privateKeyFixtures_coverEveryPemKind() throws IOException {
        List<String> headers = positives().filter(p -> rule(p).equals("private-key")).map(p -> {
            try {
                String text = Files.readString(p);
                return text.substring(text.indexOf("-----BEGIN "), text.indexOf("-----", text.indexOf("-----BEGIN ") + 5) + 5);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
        assertThat(headers).contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN ENCRYPTED PRIVATE KEY-----",
                "-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----", "-----BEGIN DSA PRIVATE KEY-----",
                "-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----");
    }
}

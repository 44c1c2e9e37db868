package dev.rampart.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.testkit.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The corpus images. {@code lang-only.oci.tar} carries fake secrets in config files, a .env, a
 * source file, an SSH private key, a file a later layer deletes, and the config's ENV; Trivy's report
 * for it ({@code images/trivy/lang-only.json}) misses one of them. {@code debian-base.oci.tar} has none.
 */
class CorpusTest {
    private static final SecretScanner SCANNER = SecretScanner.of(SecretRules.builtIn());

    /** Trivy's rule ids for the rules Rampart names differently. */
    private static final Map<String, String> TRIVY_RULE = Map.of("slack-access-token", "slack-token");

    private static ImageFiles read(String image, String... keep) throws Exception {
        return ImageReader.builder().analyzers(List.of(SCANNER.analyzer()))
                .wanting(path -> List.of(keep).contains(path))
                .build().read(ImageSource.detect(Corpus.resolve(image)));
    }

    @Test
    void langOnly_everySecretIsFound_withItsLayerAndWhetherItIsInTheFinalImage_andNothingElse() throws Exception {
        ImageFiles files = read("images/lang-only.oci.tar");
        SecretReport report = SCANNER.report(files);

        assertThat(report.findings()).extracting(f -> where(f), SecretFinding::ruleId, SecretFinding::line, SecretFinding::column)
                .containsExactly(
                        Tuple.tuple("/opt/app/config/application.properties @3 final", "aws-access-key-id", 3, 34),
                        // Trivy misses this one: a Spring property, not an aws_secret_access_key line
                        Tuple.tuple("/opt/app/config/application.properties @3 final", "aws-secret-access-key", 4, 34),
                        // deleted by a whiteout in layer 4: not in the final file system, still in the image
                        Tuple.tuple("/opt/app/config/old-credentials.txt @3 deleted", "aws-access-key-id", 2, 21),
                        Tuple.tuple("/opt/app/config/old-credentials.txt @3 deleted", "aws-secret-access-key", 3, 25),
                        Tuple.tuple("/opt/app/node/.env @3 final", "github-pat", 1, 14),
                        Tuple.tuple("/opt/app/node/.env @3 final", "slack-token", 2, 17),
                        Tuple.tuple("/opt/app/node/src/github.js @3 final", "github-pat", 1, 37),
                        Tuple.tuple("/root/.ssh/id_rsa @3 final", "private-key", 2, 1),
                        Tuple.tuple("config.Env[0]", "aws-secret-access-key", 1, 23));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.masked().replace("*", "")).hasSize(4));
        assertThat(report.findings()).filteredOn(f -> f.location() instanceof SecretLocation.InFile)
                .allSatisfy(f -> assertThat(((SecretLocation.InFile) f.location()).layerDiffId())
                        .isEqualTo(files.layerDiffId(3)));
        assertThat(report.summary().tooLargeFiles()).isZero();
        assertThat(report.summary().binaryFiles()).as("jars, the WAR and the Go binary").isEqualTo(16);
    }

    @Test
    void langOnly_everySecretTrivyReports_isFoundAtTheSameFileAndLines() throws Exception {
        JsonNode trivy = new ObjectMapper().readTree(Corpus.resolve("images/trivy/lang-only.json").toFile());
        List<SecretFinding> ours = SCANNER.report(read("images/lang-only.oci.tar")).findings();
        int trivyCount = 0;
        for (JsonNode result : trivy.path("Results")) {
            for (JsonNode s : result.path("Secrets")) {
                trivyCount++;
                String rule = TRIVY_RULE.getOrDefault(s.path("RuleID").asText(), s.path("RuleID").asText());
                String target = result.path("Target").asText();
                int from = s.path("StartLine").asInt();
                int to = s.path("EndLine").asInt();
                boolean inConfig = !target.startsWith("/");
                assertThat(ours).as("Trivy's %s at %s:%d", rule, target, from).anySatisfy(f -> {
                    assertThat(f.ruleId()).isEqualTo(rule);
                    if (inConfig) {
                        assertThat(f.location()).isInstanceOf(SecretLocation.InConfig.class);
                    } else {
                        assertThat(f.location()).isInstanceOfSatisfying(SecretLocation.InFile.class,
                                l -> assertThat(l.path()).isEqualTo(target));
                        // Trivy points at a private key's BEGIN line; Rampart at the secret, the key body, on the next line
                        assertThat(f.line()).isEqualTo(rule.equals("private-key") ? from + 1 : from);
                        assertThat(to).isEqualTo(from);
                    }
                });
            }
        }
        assertThat(trivyCount).isEqualTo(8);
        assertThat(ours).hasSize(trivyCount + 1);
    }

    @Test
    void langOnly_noFindingCarriesAnyPartOfASecretBeyondItsFirstFourCharacters() throws Exception {
        String[] paths = {"/opt/app/config/application.properties", "/opt/app/node/.env", "/opt/app/node/src/github.js",
                "/root/.ssh/id_rsa"};
        ImageFiles files = read("images/lang-only.oci.tar", paths);
        List<String> secrets = new ArrayList<>();
        for (String p : paths) {
            for (String line : new String(files.tree().read(p).orElseThrow(), StandardCharsets.UTF_8).split("\n")) {
                // values of key=value lines, quoted strings, and the lines of the key body
                String value = line.contains("=") ? line.substring(line.indexOf('=') + 1) : line;
                Matcher quoted = Pattern.compile("\"([^\"]{20,})\"").matcher(line);
                secrets.add(quoted.find() ? quoted.group(1) : value.strip());
            }
        }
        secrets.removeIf(s -> s.length() < 20 || s.startsWith("-----") || s.startsWith("jdbc:"));
        secrets.add(files.config().env().getFirst().substring("AWS_SECRET_ACCESS_KEY=".length()));
        assertThat(secrets).hasSizeGreaterThan(25);
        String everything = SCANNER.report(files).toString();
        for (String secret : secrets) {
            assertThat(everything).as("a report must not contain any 8 characters of a secret after its first 4")
                    .doesNotContain(secret.substring(4, 12)).doesNotContain(secret.substring(secret.length() - 8));
        }
    }

    @Test
    void debianBase_hasNoSecrets() throws Exception {
        SecretReport report = SCANNER.report(read("images/debian-base.oci.tar"));
        assertThat(report.findings()).isEmpty();
        assertThat(report.summary().binaryFiles()).as("ELF files, compiled locales, zoneinfo").isGreaterThan(1_000);
    }

    private static String where(SecretFinding f) {
        return switch (f.location()) {
            case SecretLocation.InFile file -> file.path() + " @" + file.layer() + (file.inFinalImage() ? " final" : " deleted");
            case SecretLocation.InConfig config -> config.field();
        };
    }
}

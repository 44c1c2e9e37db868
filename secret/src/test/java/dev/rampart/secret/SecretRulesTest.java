package dev.rampart.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretRulesTest {
    @TempDir
    Path dir;

    private static final String GHP = SecretScannerTest.GHP;

    private Path write(String toml) throws Exception {
        Path file = dir.resolve("rules.toml");
        Files.writeString(file, toml);
        return file;
    }

    private void assertError(String toml, String message) throws Exception {
        Path file = write(toml);
        assertThatThrownBy(() -> SecretRules.load(file)).isInstanceOf(SecretRulesException.class)
                .hasMessage(file + ":" + message);
    }

    @Test
    void load_putsTheFilesRulesFirst_disablesAndAllowlists() throws Exception {
        SecretRules rules = SecretRules.load(write("""
                disable = ["jwt"]

                [[rules]]
                id = "acme-token"
                title = "ACME API token"
                severity = "high"
                keywords = ["acme_"]
                regex = '''\\b(acme_[0-9a-f]{32})\\b'''

                [[allowlists]]
                description = "our test tree"
                rules = ["github-pat"]
                paths = ['''^/src/test/''']
                stopwords = ["notreal"]
                """));
        assertThat(rules.ids().getFirst()).isEqualTo("acme-token");
        assertThat(rules.ids()).doesNotContain("jwt").contains("github-pat", "private-key");
        assertThat(rules.rules().getFirst().severity()).isEqualTo(Severity.HIGH);
        assertThat(rules.rules().getFirst().secretGroup()).as("default: the first group").isEqualTo(1);

        SecretScanner scanner = SecretScanner.of(rules);
        assertThat(scanner.scan("/app/a.env", ("K=acme_" + "0123456789abcdef".repeat(2)).getBytes(StandardCharsets.UTF_8)))
                .extracting(SecretFinding::ruleId, SecretFinding::masked).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("acme-token", "acme" + "*".repeat(33)));
        assertThat(scanner.scan("/src/test/a.js", GHP.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(scanner.scan("/src/main/a.js", GHP.getBytes(StandardCharsets.UTF_8))).hasSize(1);
        assertThat(scanner.scan("/src/main/b.js", "ghp_notreal0123456789abcdefghijklmnopqrstu".substring(0, 40)
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void load_ruleWithABuiltInId_replacesIt() throws Exception {
        SecretRules rules = SecretRules.load(write("""
                [[rules]]
                id = "jwt"
                title = "Our JWT"
                severity = "LOW"
                keywords = ["eyj"]
                regex = '''eyJ[A-Za-z0-9_-]{8,}'''
                """));
        assertThat(rules.ids()).filteredOn("jwt"::equals).hasSize(1);
        assertThat(rules.rules().getFirst().title()).isEqualTo("Our JWT");
        assertThat(rules.rules()).hasSize(SecretRules.builtIn().rules().size());
    }

    @Test
    void load_withoutBuiltIns_hasOnlyTheFilesRulesAndNoDefaultAllowlists() throws Exception {
        SecretRules rules = SecretRules.load(write("""
                builtin-rules = false
                [[rules]]
                id = "word"
                title = "A word"
                regex = '''example-[0-9]+'''
                """));
        assertThat(rules.ids()).containsExactly("word");
        assertThat(rules.allowlists()).isEmpty();
        assertThat(rules.rules().getFirst().secretGroup()).as("no group: the whole match").isZero();
        assertThat(SecretScanner.of(rules).scan("/usr/share/doc/x", "example-42".getBytes(StandardCharsets.UTF_8)))
                .extracting(SecretFinding::masked).containsExactly("ex********");
    }

    @Test
    void invalidToml_namesFileLineAndColumn() throws Exception {
        Path file = write("disable = []\n[[rules]]\nid = \"x\n");
        assertThatThrownBy(() -> SecretRules.load(file)).isInstanceOf(SecretRulesException.class)
                .hasMessageStartingWith(file + ":3:").hasMessageContaining("not valid TOML");
    }

    @Test
    void unknownKey_isAnErrorOnItsLine() throws Exception {
        assertError("""
                [[rules]]
                id = "x"
                title = "X"
                regexp = '''abc'''
                regex = '''abc'''
                """, "4: rule 'x': unknown key 'regexp' (expected one of [allowlist, entropy, files, id, keywords, regex, secret-group, severity, title, window-lines])");
    }

    @Test
    void regexWithLookaround_isRefusedOnTheRegexLine() throws Exception {
        assertError("""
                [[rules]]
                id = "x"
                title = "X"

                regex = '''(?<=key=)[a-z]+'''
                """, "5: rule 'x': regex is not a valid RE2 expression: error parsing regexp: invalid named capture: `(?<=key=)[a-z]+`"
                + " (RE2 has no backreferences or lookaround)");
    }

    @Test
    void nestedCountedRepetition_isRefusedBeforeCompiling() throws Exception {
        long start = System.nanoTime();
        assertError("""
                [[rules]]
                id = "x"
                title = "X"
                regex = '''((a{1000}){1000}){1000}'''
                """, "4: rule 'x': regex would compile to about 1002002004 instructions, more than 50000"
                + " (SecretLimits.maxRegexProgramSize); use smaller counted repetitions such as {1,64}");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
    }

    @Test
    void missingId_namesTheRulesTable() throws Exception {
        assertError("""
                disable = []

                [[rules]]
                title = "X"
                regex = '''abc'''
                """, "3: rules[0]: 'id' is missing");
    }

    @Test
    void badSeverity_namesItsLineAndTheAcceptedValues() throws Exception {
        assertError("""
                [[rules]]
                id = "x"
                title = "X"
                regex = '''abc'''
                severity = "urgent"
                """, "5: rule 'x': severity 'urgent' is not one of [LOW, MEDIUM, HIGH, CRITICAL]");
    }

    @Test
    void secretGroupThatDoesNotExist_isRefused() throws Exception {
        assertError("""
                [[rules]]
                id = "x"
                title = "X"
                regex = '''a(b)c'''
                secret-group = 2
                """, "5: rule 'x': secret-group 2 does not exist; the regex has 1 capture group(s)");
    }

    @Test
    void windowWithoutKeywords_isRefused() throws Exception {
        assertError("""
                [[rules]]
                id = "x"
                title = "X"
                regex = '''abc'''
                window-lines = 0
                """, "5: rule 'x': window-lines needs keywords: the window is around their lines");
    }

    @Test
    void disablingAnUnknownRule_isAnError() throws Exception {
        assertError("disable = [\"jwt\", \"awss-key\"]\n", "1: disable: no rule 'awss-key'");
    }

    @Test
    void allowlistNamingAnUnknownRule_isAnError() throws Exception {
        assertError("""
                disable = ["jwt"]

                [[allowlists]]
                rules = ["jwt"]
                stopwords = ["x"]
                """, "3: allowlist names no rule 'jwt' (it is disabled)");
    }

    @Test
    void sameIdTwiceInOneFile_isAnError() throws Exception {
        assertError("""
                [[rules]]
                id = "x"
                title = "X"
                regex = '''a'''

                [[rules]]
                id = "x"
                title = "X again"
                regex = '''b'''
                """, "6: rule id 'x' appears more than once in this file");
    }

    @Test
    void emptyStopword_isRefused_sinceItWouldAllowEverything() throws Exception {
        assertError("""
                [[allowlists]]
                stopwords = ["ok", ""]
                """, "2: allowlists[0]: allowlist stopwords: an empty stopword would allow every secret");
    }

    @Test
    void ruleFileOverTheSizeLimit_orNotUtf8_orMissing_isRefused() throws Exception {
        Path big = dir.resolve("big.toml");
        Files.writeString(big, "# " + "x".repeat(SecretLimits.DEFAULT.maxRuleFileBytes()));
        assertThatThrownBy(() -> SecretRules.load(big)).hasMessage(big + ": " + Files.size(big) + " bytes is more than "
                + SecretLimits.DEFAULT.maxRuleFileBytes() + " (SecretLimits.maxRuleFileBytes)");
        Path latin1 = dir.resolve("latin1.toml");
        Files.write(latin1, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> SecretRules.load(latin1)).hasMessage(latin1 + ": not UTF-8 text (TOML files are UTF-8)");
        Path missing = dir.resolve("missing.toml");
        assertThatThrownBy(() -> SecretRules.load(missing)).hasMessageStartingWith(missing + ": cannot be read: ");
    }

    @Test
    void rulePrograms_areBoundedByTheScannersLimits() {
        SecretRules rules = new SecretRules(List.of(new SecretRule("x", "X", Severity.LOW, List.of(), "[a-z]{100}", 0, 0, SecretRule.WHOLE_FILE,
                List.of(), Allowlist.NONE)), List.of());
        assertThatThrownBy(() -> SecretScanner.of(rules, SecretLimits.DEFAULT.withMaxRegexProgramSize(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule 'x': regex would compile to about 104 instructions, more than 50");
    }

    @Test
    void manyPathAllowlists_togetherLongerThanOneExpressionMayBe_stillLoad() {
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            paths.add("^/srv/generated/tree-number-" + i + "/");
        }
        SecretScanner scanner = SecretScanner.of(SecretRules.builtIn().with(
                new Allowlist("generated", List.of(), paths, List.of(), List.of())));
        assertThat(scanner.analyzer().wants("/srv/generated/tree-number-299/a.env", 10)).isFalse();
        assertThat(scanner.scan("/srv/generated/tree-number-300/a.env", GHP.getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    void fingerprint_isStable_andChangesWithTheRules() {
        String builtIn = SecretRules.builtIn().fingerprint();
        assertThat(SecretRules.builtIn().fingerprint()).isEqualTo(builtIn).startsWith("sha256:");
        assertThat(SecretRules.builtIn().without(Set.of("jwt")).fingerprint()).isNotEqualTo(builtIn);
    }

    @Test
    void builtInRules_allCompileWithinTheDefaultLimits() {
        assertThat(SecretRules.builtIn().rules()).hasSizeGreaterThanOrEqualTo(25);
        SecretScanner.of(SecretRules.builtIn(), SecretLimits.DEFAULT);
    }
}

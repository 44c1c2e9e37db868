package dev.rampart.catalog.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.catalog.CatalogFixtures;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.model.Issue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each limit of {@link NpmLimits} stops hostile input with a message naming the limit. */
class NpmLimitsTest {

    @Test
    void json_stopsAtMaxNestingDepth() {
        byte[] deep = ("{\"name\":\"x\",\"version\":\"1.0.0\",\"a\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PackageJsonParser.parse(deep, NpmLimits.DEFAULT))
                .isInstanceOf(NpmFormatException.class)
                .hasMessageContaining("Document nesting depth")
                .hasMessageContaining("maxNestingDepth");
    }

    @Test
    void json_readsNestingUpToTheLimit() throws Exception {
        String nested = "[".repeat(9) + "]".repeat(9);
        byte[] json = ("{\"name\":\"x\",\"version\":\"1.0.0\",\"a\":" + nested + "}").getBytes(StandardCharsets.UTF_8);

        assertThat(PackageJsonParser.parse(json, NpmLimits.DEFAULT.withMaxNestingDepth(10))).isPresent();
        assertThatThrownBy(() -> PackageJsonParser.parse(json, NpmLimits.DEFAULT.withMaxNestingDepth(9)))
                .isInstanceOf(NpmFormatException.class);
    }

    @Test
    void yaml_stopsAtMaxNestingDepthWithoutRecursing() {
        String deep = "packages: " + "[".repeat(100_000);

        assertThatThrownBy(() -> YamlTree.parse(deep, NpmLimits.DEFAULT))
                .isInstanceOf(NpmFormatException.class)
                .hasMessage("YAML nesting deeper than 256 levels (NpmLimits.maxNestingDepth)");
    }

    @Test
    void yaml_readsNestingUpToTheLimit() throws Exception {
        String yaml = "a:\n  b:\n    c: d\n";

        assertThat(YamlTree.parse(yaml, NpmLimits.DEFAULT.withMaxNestingDepth(3)))
                .isEqualTo(Map.of("a", Map.of("b", Map.of("c", "d"))));
        assertThatThrownBy(() -> YamlTree.parse(yaml, NpmLimits.DEFAULT.withMaxNestingDepth(2)))
                .isInstanceOf(NpmFormatException.class)
                .extracting(e -> ((NpmFormatException) e).line()).isEqualTo(3);
    }

    @Test
    void yaml_keepsScalarsAsStringsAndAliasesAsNull() throws Exception {
        Object tree = YamlTree.parse("lockfileVersion: 5.10\ndev: true\nbase: &b {x: 1}\ncopy: *b\n", NpmLimits.DEFAULT);

        Map<String, Object> map = YamlTree.map(tree);
        assertThat(map.get("lockfileVersion")).isEqualTo("5.10");
        assertThat(map.get("dev")).isEqualTo("true");
        assertThat(map).containsEntry("copy", null);
    }

    @Test
    void yaml_rejectsInputBeyondMaxDocumentChars() {
        String big = "a: " + "x".repeat(2_000) + "\n";

        assertThatThrownBy(() -> YamlTree.parse(big, NpmLimits.DEFAULT.withMaxDocumentChars(1_000)))
                .isInstanceOf(NpmFormatException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void catalog_reportsFileBeyondMaxDocumentCharsAsIssue() throws Exception {
        CatalogResult r = CatalogFixtures.catalog("npm/lockfile-v2", new NpmCataloger(NpmLimits.DEFAULT.withMaxDocumentChars(100)));

        assertThat(r.packages()).isEmpty();
        assertThat(r.issues()).extracting(Issue::where).containsExactly("/app/package-lock.json");
        assertThat(r.issues().getFirst().message()).startsWith("package-lock.json not read: file of ")
                .endsWith(" bytes exceeds NpmLimits.maxDocumentChars (100)");
    }

    @Test
    void limits_mustBePositive() {
        assertThatThrownBy(() -> new NpmLimits(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every npm limit must be positive");
    }

    @Test
    void packageLock_v1TreeDeeperThanJsonLimitIsRejected() {
        StringBuilder json = new StringBuilder("{\"lockfileVersion\":1,\"dependencies\":");
        int levels = 200;
        for (int i = 0; i < levels; i++) {
            json.append("{\"p").append(i).append("\":{\"version\":\"1.0.0\",\"dependencies\":");
        }
        json.append("{}").append("}}".repeat(levels)).append("}");
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PackageLockParser.parse(bytes, NpmLimits.DEFAULT))
                .isInstanceOf(NpmFormatException.class)
                .hasMessageContaining("maxNestingDepth");
    }

    @Test
    void yarnLock_unterminatedQuoteInHeaderIsFormatError() {
        List<SkippedEntry> skipped = new ArrayList<>();

        assertThatThrownBy(() -> YarnLockParser.parse("\"ms@2.0.0:\n  version \"2.0.0\"\n", skipped))
                .isInstanceOf(NpmFormatException.class)
                .hasMessage("unterminated quote in entry header");
    }
}

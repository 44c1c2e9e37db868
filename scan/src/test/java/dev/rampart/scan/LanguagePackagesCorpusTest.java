package dev.rampart.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.Inventory;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.testkit.Corpus;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds language-package inventory to Trivy's on {@code images/lang-only.oci.tar}, and to the facts
 * the corpus README lists that Trivy gets wrong: Rampart must list every package Trivy lists and
 * also what it misses, and must not report files deleted by later layers.
 */
@Tag("corpus")
class LanguagePackagesCorpusTest {
    private static Inventory inventory;
    private static JsonNode trivy;

    @BeforeAll
    static void scan() throws Exception {
        inventory = new InventoryScanner().inventory(ScanRequest.of(Corpus.resolve("images/lang-only.oci.tar")));
        trivy = new ObjectMapper().readTree(Corpus.resolve("images/trivy/lang-only.cdx.json").toFile());
    }

    private static Set<String> ours(PackageType type) {
        return inventory.packages().stream().filter(p -> p.type() == type)
                .map(p -> p.name() + "@" + p.version()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void maven_listsEveryArtifactTrivyLists() {
        Set<String> theirs = new TreeSet<>();
        for (JsonNode c : trivy.path("components")) {
            if (c.path("purl").asText().startsWith("pkg:maven/")) {
                theirs.add(c.path("group").asText() + ":" + c.path("name").asText() + "@" + c.path("version").asText());
            }
        }
        assertThat(theirs).hasSize(10);
        assertThat(ours(PackageType.MAVEN)).containsAll(theirs);
    }

    @Test
    void npm_listsEveryPackageTrivyLists() {
        Set<String> theirs = new TreeSet<>();
        for (JsonNode c : trivy.path("components")) {
            if (c.path("purl").asText().startsWith("pkg:npm/")) {
                String group = c.path("group").asText();
                theirs.add((group.isEmpty() ? "" : group + "/") + c.path("name").asText() + "@" + c.path("version").asText());
            }
        }
        assertThat(theirs).hasSizeGreaterThan(50);
        assertThat(ours(PackageType.NPM)).containsAll(theirs);
    }

    @Test
    void golang_listsTrivysModulesAndTheStandardLibraryTrivyMisses() {
        Set<String> theirs = new TreeSet<>();
        for (JsonNode c : trivy.path("components")) {
            if (c.path("purl").asText().startsWith("pkg:golang/")) {
                String group = c.path("group").asText();
                theirs.add((group.isEmpty() ? "" : group + "/") + c.path("name").asText() + "@" + c.path("version").asText());
            }
        }
        assertThat(ours(PackageType.GOLANG)).containsAll(theirs).contains("stdlib@1.19.0");
        assertThat(locations("stdlib", "1.19.0")).containsExactly("/usr/local/bin/esbuild");
    }

    @Test
    void maven_findsWhatTrivyMisses() {
        assertThat(locations("org.apache.logging.log4j:log4j-core", "2.14.1"))
                .contains("/opt/app/demo-boot-0.0.1.jar!/BOOT-INF/lib/log4j-core-2.14.1.jar", "/opt/app/lib/log4j-core-2.14.1.jar");
        assertThat(locations("com.fasterxml.jackson.core:jackson-databind", "2.9.10"))
                .containsExactly("/opt/app/legacy-webapp.war!/WEB-INF/lib/jackson-databind-2.9.10.jar");
        assertThat(locations("org.springframework:spring-core", "5.3.17")).containsExactly("/opt/app/lib/spring-core-5.3.17.jar");
        assertThat(locations("org.springframework:spring-jcl", "5.3.17")).containsExactly("/opt/app/lib/spring-jcl-5.3.17.jar");
        assertThat(locations("org.bouncycastle:bcprov-jdk15on", "1.60")).containsExactly("/opt/app/lib/bcprov-jdk15on-1.60.jar");
    }

    @Test
    void maven_skipsJarsDeletedByWhiteoutsAndOpaqueDirectories() {
        assertThat(inventory.packages()).extracting(p -> p.location().path())
                .doesNotContain("/opt/app/lib/jackson-databind-2.9.10.jar", "/opt/app/legacy/commons-collections-3.2.1.jar");
        assertThat(locations("commons-collections:commons-collections", "3.2.1"))
                .containsExactly("/opt/app/shaded-tool-2.0.0.jar");
    }

    @Test
    void maven_everyArchiveHasSha1AndLayer() {
        assertThat(inventory.packages()).filteredOn(p -> p.type() == PackageType.MAVEN).allSatisfy(p -> {
            assertThat(p.properties().get("sha1")).hasSize(40);
            assertThat(p.location().layer()).isNotNull();
        });
    }

    private static Set<String> locations(String name, String version) {
        return inventory.packages().stream().filter(p -> p.name().equals(name) && p.version().equals(version))
                .map(Package::location).map(l -> l.path()).collect(Collectors.toCollection(TreeSet::new));
    }
}

package dev.rampart.catalog.npm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.testkit.Corpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the cataloger to the corpus image {@code lang-only.oci.tar}: an installed {@code node_modules}
 * tree of 52 packages beside its {@code package-lock.json} v3, and Trivy's inventory of the image.
 */
class NpmCorpusTest {
    private static final NpmCataloger CATALOGER = new NpmCataloger();
    private static CatalogResult result;

    @BeforeAll
    static void readImage() throws Exception {
        ImageFiles files = ImageReader.builder()
                .wanting(CATALOGER::wants)
                .build()
                .read(ImageSource.detect(Corpus.resolve("images/lang-only.oci.tar")));
        result = CATALOGER.catalog(new CatalogContext(files, null));
    }

    @Test
    void catalog_listsEveryNpmPackageTrivyLists() throws Exception {
        List<String> trivy = trivyNpmPackages();

        assertThat(trivy).hasSize(53);
        assertThat(result.issues()).isEmpty();
        assertThat(result.packages()).extracting(p -> p.name() + "@" + p.version() + " " + p.location().path())
                .containsExactlyInAnyOrderElementsOf(trivy);
    }

    @Test
    void catalog_reportsInstalledTreeWithLayerAndLockfileIntegrity() {
        Package nestedMs = result.packages().stream()
                .filter(p -> p.location().path().equals("/opt/app/node/node_modules/send/node_modules/ms/package.json"))
                .findFirst().orElseThrow();

        assertThat(nestedMs.version()).isEqualTo("2.1.1");
        assertThat(nestedMs.location().layer()).isNotNull();
        assertThat(nestedMs.licenses()).containsExactly("MIT");
        assertThat(nestedMs.properties()).containsEntry(PackageProperties.INTEGRITY,
                "sha512-tgp+dl5cGk28utYktBsrFqA7HKgrhgPsg6Z/EfhWI4gl1Hwq8B/GmY/0oXZ6nF8hDVesS/FpnYaD/kOWhYQvyg==");
        assertThat(result.packages()).noneMatch(p -> p.location().path().endsWith("package-lock.json"));
    }

    /** Trivy's npm components as {@code name@version /path}, the path made absolute as Rampart writes it. */
    private static List<String> trivyNpmPackages() throws Exception {
        JsonNode cdx = new ObjectMapper().readTree(Corpus.resolve("images/trivy/lang-only.cdx.json").toFile());
        List<String> out = new ArrayList<>();
        for (JsonNode c : cdx.path("components")) {
            if (!c.path("purl").asText().startsWith("pkg:npm/")) {
                continue;
            }
            String path = "";
            for (JsonNode p : c.path("properties")) {
                if (p.path("name").asText().equals("aquasecurity:trivy:FilePath")) {
                    path = "/" + p.path("value").asText();
                }
            }
            out.add(c.path("name").asText() + "@" + c.path("version").asText() + " " + path);
        }
        return out;
    }
}

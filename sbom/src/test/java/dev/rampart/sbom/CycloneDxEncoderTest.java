package dev.rampart.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.testkit.Golden;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class CycloneDxEncoderTest {
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void writeJson_matchesGoldenFile() {
        Golden.assertMatches("cyclonedx/debian.cdx.json", Encoded.cycloneDxJson(Fixtures.load("debian")));
    }

    @Test
    void writeXml_matchesGoldenFile() {
        Golden.assertMatches("cyclonedx/debian.cdx.xml", Encoded.cycloneDxXml(Fixtures.load("debian")));
    }

    @ParameterizedTest
    @FieldSource("dev.rampart.sbom.Fixtures#ALL")
    void writeJson_isValidCycloneDx16(String fixture) {
        assertThat(Schemas.cycloneDxJsonProblems(Encoded.cycloneDxJson(Fixtures.load(fixture)))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("dev.rampart.sbom.Fixtures#ALL")
    void writeXml_isValidCycloneDx16(String fixture) {
        assertThat(Schemas.cycloneDxXmlProblems(Encoded.cycloneDxXml(Fixtures.load(fixture)))).isEmpty();
    }

    @Test
    void schemaValidation_rejectsAJsonLicenseIdNotOnTheSpdxList() throws Exception {
        String valid = Encoded.cycloneDxJson(Fixtures.load("debian"));
        String broken = valid.replace("\"id\" : \"BSD-3-Clause\"", "\"id\" : \"GPL-2+\"");

        assertThat(broken).isNotEqualTo(valid);
        assertThat(Schemas.cycloneDxJsonProblems(broken)).isNotEmpty();
    }

    @Test
    void schemaValidation_rejectsAnXmlLicenseIdNotOnTheSpdxList() throws Exception {
        String valid = Encoded.cycloneDxXml(Fixtures.load("debian"));
        String broken = valid.replace("<id>BSD-3-Clause</id>", "<id>GPL-2+</id>");

        assertThat(broken).isNotEqualTo(valid);
        assertThat(Schemas.cycloneDxXmlProblems(broken)).isNotEmpty();
    }

    @Test
    void writeJson_stampsInjectedSerialNumberTimestampAndTool() throws Exception {
        JsonNode bom = bom("debian");

        assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(bom.get("serialNumber").asText()).isEqualTo("urn:uuid:" + Fixtures.ID);
        assertThat(bom.at("/metadata/timestamp").asText()).isEqualTo("2025-01-02T03:04:05Z");
        JsonNode tool = bom.at("/metadata/tools/components/0");
        assertThat(tool.get("name").asText()).isEqualTo("rampart");
        assertThat(tool.get("version").asText()).isEqualTo(Fixtures.TOOL_VERSION);
    }

    @Test
    void writeJson_describesTheImageAsRootContainer() throws Exception {
        JsonNode root = bom("debian").at("/metadata/component");

        assertThat(root.get("type").asText()).isEqualTo("container");
        assertThat(root.get("name").asText()).isEqualTo("debian:12");
        assertThat(root.get("version").asText())
                .isEqualTo("sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910");
        assertThat(properties(root, "rampart:image:id"))
                .containsExactly("sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910");
        assertThat(properties(root, "rampart:image:manifestDigest"))
                .containsExactly("sha256:05b3abf2579a5eb66403cd78be557fd860633a1fe2103c7642030defe32c657f");
        assertThat(properties(root, "rampart:image:repoTag")).containsExactly("debian:12", "debian:bookworm");
        assertThat(properties(root, "rampart:layer:diffId")).containsExactly(
                "sha256:b2acf6685c24f0855608a92e99e35356c13b204d02e26972e536fc417d1a18c9",
                "sha256:89c1dc74d3110d5790c5b677ba9d4920cb55749c1879d9fbe623ca0532439ee1");
    }

    @Test
    void writeJson_namesAnUntaggedImageByItsInput() throws Exception {
        JsonNode root = bom("empty").at("/metadata/component");

        assertThat(root.get("name").asText()).isEqualTo("/tmp/images/scratch.tar");
        assertThat(properties(root, "rampart:image:repoTag")).isEmpty();
    }

    @Test
    void writeJson_writesTheOperatingSystemAsComponent() throws Exception {
        JsonNode os = component(bom("debian"), "operating-system", "debian");

        assertThat(os.get("version").asText()).isEqualTo("12.5");
        assertThat(os.get("description").asText()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
    }

    @Test
    void writeJson_includesLayerPathTypeArchAndSourceOfEachPackage() throws Exception {
        JsonNode bsdutils = component(bom("debian"), "library", "bsdutils");

        assertThat(bsdutils.get("version").asText()).isEqualTo("1:2.38.1-5+deb12u1");
        assertThat(bsdutils.get("purl").asText()).startsWith("pkg:deb/debian/bsdutils@1%3A2.38.1-5%2Bdeb12u1?");
        assertThat(bsdutils.get("bom-ref").asText()).isEqualTo(bsdutils.get("purl").asText());
        assertThat(properties(bsdutils, "rampart:package:type")).containsExactly("deb");
        assertThat(properties(bsdutils, "rampart:package:srcName")).containsExactly("util-linux");
        assertThat(properties(bsdutils, "rampart:package:srcVersion")).containsExactly("2.38.1-5+deb12u1");
        assertThat(properties(bsdutils, "rampart:package:arch")).containsExactly("amd64");
        assertThat(properties(bsdutils, "rampart:layer:diffId"))
                .containsExactly("sha256:b2acf6685c24f0855608a92e99e35356c13b204d02e26972e536fc417d1a18c9");
        assertThat(properties(bsdutils, "rampart:location:path")).containsExactly("/var/lib/dpkg/status");
    }

    @Test
    void writeJson_linksRootToOsAndOsToEveryPackage() throws Exception {
        JsonNode bom = bom("debian");
        String root = bom.at("/metadata/component/bom-ref").asText();
        String os = component(bom, "operating-system", "debian").get("bom-ref").asText();
        List<String> packages = new ArrayList<>();
        bom.get("components").forEach(c -> {
            if (c.get("type").asText().equals("library")) {
                packages.add(c.get("bom-ref").asText());
            }
        });

        assertThat(dependsOn(bom, root)).containsExactly(os);
        assertThat(dependsOn(bom, os)).containsExactlyElementsOf(packages).hasSize(3);
        packages.forEach(p -> assertThat(dependsOn(bom, p)).isEmpty());
    }

    @Test
    void writeJson_emptyInventoryHasOnlyTheRoot() throws Exception {
        JsonNode bom = bom("empty");

        assertThat(bom.path("components")).isEmpty();
        assertThat(bom.get("dependencies")).hasSize(1);
        assertThat(dependsOn(bom, bom.at("/metadata/component/bom-ref").asText())).isEmpty();
    }

    @Test
    void writeJson_rootfsHasNoVersionNoImagePropertiesAndPackagesWithoutLayer() throws Exception {
        JsonNode bom = bom("rootfs");
        JsonNode root = bom.at("/metadata/component");

        assertThat(root.get("name").asText()).isEqualTo("/srv/rootfs/alpine");
        assertThat(root.has("version")).isFalse();
        assertThat(properties(root, "rampart:artifact:kind")).containsExactly("rootfs");
        assertThat(properties(root, "rampart:image:id")).isEmpty();
        assertThat(properties(root, "rampart:layer:diffId")).isEmpty();
        JsonNode musl = component(bom, "library", "musl");
        assertThat(properties(musl, "rampart:layer:diffId")).isEmpty();
        assertThat(properties(musl, "rampart:location:path")).containsExactly("/lib/apk/db/installed");
        assertThat(properties(musl, "rampart:package:srcName")).isEmpty();
    }

    @Test
    void writeJson_makesBomRefsUniqueWhenPackagesSharePurl() throws Exception {
        JsonNode bom = bom("duplicate-purls");
        List<String> refs = new ArrayList<>();
        List<String> purls = new ArrayList<>();
        bom.get("components").forEach(c -> {
            if (c.get("type").asText().equals("library")) {
                refs.add(c.get("bom-ref").asText());
                purls.add(c.get("purl").asText());
            }
        });

        String purl = "pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&distro=debian-12";
        assertThat(purls).containsOnly(purl).hasSize(3);
        assertThat(refs).containsExactly(purl, purl + "|2", purl + "|3");
    }

    @Test
    void writeJson_writesEachLicenseFormCycloneDxAccepts() throws Exception {
        JsonNode bom = bom("licenses");

        assertThat(licenses(bom, "a-gpl2plus")).isEqualTo("[{\"license\":{\"name\":\"GPL-2+\"}}]");
        assertThat(licenses(bom, "b-gpl2-or-later")).isEqualTo("[{\"license\":{\"id\":\"GPL-2.0-or-later\"}}]");
        assertThat(licenses(bom, "c-mit-and-bsd")).isEqualTo("[{\"expression\":\"MIT AND BSD-3-Clause\"}]");
        assertThat(licenses(bom, "d-public-domain")).isEqualTo("[{\"license\":{\"name\":\"public-domain\"}}]");
        assertThat(licenses(bom, "e-expression-and-name"))
                .isEqualTo("[{\"license\":{\"name\":\"MIT OR Apache-2.0\"}},{\"license\":{\"name\":\"public-domain\"}}]");
        assertThat(licenses(bom, "f-expressions")).isEqualTo("[{\"expression\":\"(MIT OR Apache-2.0) AND Zlib\"}]");
        assertThat(licenses(bom, "g-license-ref")).isEqualTo("[{\"expression\":\"LicenseRef-acme AND MIT\"}]");
        assertThat(licenses(bom, "i-gpl-2.0-plus")).isEqualTo("[{\"license\":{\"id\":\"GPL-2.0+\"}}]");
        assertThat(licenses(bom, "j-no-license")).isEqualTo("");
        assertThat(licenses(bom, "k-debian-or")).isEqualTo("[{\"license\":{\"name\":\"GPL-2+ or Artistic\"}}]");
        assertThat(licenses(bom, "l-lowercase-id")).isEqualTo("[{\"license\":{\"id\":\"MIT\"}}]");
    }

    @Test
    void writeJson_dropsRepeatedLicensesOfAPackage() throws Exception {
        JsonNode bsdutils = component(bom("debian"), "library", "bsdutils");

        assertThat(bsdutils.get("licenses").toString()).isEqualTo(
                "[{\"license\":{\"name\":\"GPL-2+\"}},{\"license\":{\"name\":\"public-domain\"}},{\"license\":{\"id\":\"BSD-3-Clause\"}}]");
    }

    @Test
    void writeXml_replacesCharactersXml10CannotHold() throws Exception {
        String xml = Encoded.cycloneDxXml(Fixtures.load("control-characters"));

        assertThat(xml).contains("<name>bad\uFFFDname</name>", "<version>1.0\uFFFD-1</version>",
                "<description>Debian\uFFFD[31m GNU/Linux</description>", "<name>evil:\uFFFDlatest</name>",
                "<property name=\"rampart:location:path\">/var/lib/dpkg/status\uFFFD</property>");
        assertThat(xml.codePoints()).noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r');
    }

    @Test
    void writeJson_keepsControlCharactersEscaped() throws Exception {
        JsonNode pkg = component(bom("control-characters"), "library", "bad\u0001name");

        assertThat(pkg.get("version").asText()).isEqualTo("1.0\u0000-1");
    }

    @Test
    void writeJson_drawsANewSerialNumberForEachBom() throws Exception {
        List<UUID> drawn = new ArrayList<>();
        CycloneDxEncoder encoder = new CycloneDxEncoder("1", Clock.systemUTC(), () -> {
            UUID id = UUID.randomUUID();
            drawn.add(id);
            return id;
        });
        var first = new java.io.ByteArrayOutputStream();
        var second = new java.io.ByteArrayOutputStream();
        encoder.writeJson(Fixtures.load("empty"), first);
        encoder.writeJson(Fixtures.load("empty"), second);

        assertThat(drawn).hasSize(2).doesNotHaveDuplicates();
        assertThat(JSON.readTree(first.toByteArray()).get("serialNumber").asText()).isEqualTo("urn:uuid:" + drawn.get(0));
        assertThat(JSON.readTree(second.toByteArray()).get("serialNumber").asText()).isEqualTo("urn:uuid:" + drawn.get(1));
    }

    private static JsonNode bom(String fixture) throws Exception {
        return JSON.readTree(Encoded.cycloneDxJson(Fixtures.load(fixture)));
    }

    private static JsonNode component(JsonNode bom, String type, String name) {
        for (JsonNode c : bom.get("components")) {
            if (c.get("type").asText().equals(type) && c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no " + type + " component named " + name + " in " + bom.get("components"));
    }

    private static String licenses(JsonNode bom, String name) {
        JsonNode licenses = component(bom, "library", name).path("licenses");
        return licenses.isMissingNode() ? "" : licenses.toString();
    }

    private static List<String> properties(JsonNode component, String name) {
        List<String> values = new ArrayList<>();
        component.path("properties").forEach(p -> {
            if (p.get("name").asText().equals(name)) {
                values.add(p.get("value").asText());
            }
        });
        return values;
    }

    private static List<String> dependsOn(JsonNode bom, String ref) {
        for (JsonNode d : bom.get("dependencies")) {
            if (d.get("ref").asText().equals(ref)) {
                List<String> targets = new ArrayList<>();
                d.path("dependsOn").forEach(t -> targets.add(t.asText()));
                return targets;
            }
        }
        throw new AssertionError("no dependency entry for " + ref);
    }
}

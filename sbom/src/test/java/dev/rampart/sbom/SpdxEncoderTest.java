package dev.rampart.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.testkit.Golden;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class SpdxEncoderTest {
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void writeJson_matchesGoldenFile() {
        Golden.assertMatches("spdx/debian.spdx.json", Encoded.spdxJson(Fixtures.load("debian")));
    }

    @ParameterizedTest
    @FieldSource("dev.rampart.sbom.Fixtures#ALL")
    void writeJson_isValidSpdx23(String fixture) {
        assertThat(Schemas.spdxProblems(Encoded.spdxJson(Fixtures.load(fixture)))).isEmpty();
    }

    @Test
    void schemaValidation_rejectsAPurposeTheSchemaDoesNotList() {
        String valid = Encoded.spdxJson(Fixtures.load("debian"));
        String broken = valid.replace("\"OPERATING_SYSTEM\"", "\"OPERATING-SYSTEM\"");

        assertThat(broken).isNotEqualTo(valid);
        assertThat(Schemas.spdxProblems(broken)).singleElement().asString().contains("primaryPackagePurpose");
    }

    @Test
    void writeJson_writesDocumentHeaderWithInjectedTimeAndNamespace() throws Exception {
        JsonNode doc = document("debian");

        assertThat(doc.get("spdxVersion").asText()).isEqualTo("SPDX-2.3");
        assertThat(doc.get("dataLicense").asText()).isEqualTo("CC0-1.0");
        assertThat(doc.get("SPDXID").asText()).isEqualTo("SPDXRef-DOCUMENT");
        assertThat(doc.get("name").asText()).isEqualTo("debian:12");
        assertThat(doc.get("documentNamespace").asText())
                .isEqualTo("https://spdx.org/spdxdocs/rampart-debian-12-" + Fixtures.ID);
        assertThat(doc.at("/creationInfo/created").asText()).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(doc.at("/creationInfo/creators").toString()).isEqualTo("[\"Tool: rampart-" + Fixtures.TOOL_VERSION + "\"]");
    }

    @Test
    void writeJson_givesEachDocumentItsOwnNamespace() throws Exception {
        SpdxEncoder encoder = new SpdxEncoder("1", Clock.systemUTC(), UUID::randomUUID);
        Set<String> namespaces = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            encoder.writeJson(Fixtures.load("rootfs"), out);
            String namespace = JSON.readTree(out.toByteArray()).get("documentNamespace").asText();
            assertThat(URI.create(namespace).isAbsolute()).as(namespace).isTrue();
            namespaces.add(namespace);
        }

        assertThat(namespaces).hasSize(2).allMatch(n -> n.startsWith("https://spdx.org/spdxdocs/rampart-srv-rootfs-alpine-"));
    }

    @Test
    void writeJson_describesImageContainingOsContainingPackages() throws Exception {
        JsonNode doc = document("debian");
        JsonNode image = pkg(doc, "SPDXRef-Artifact");
        JsonNode os = pkg(doc, "SPDXRef-OperatingSystem");
        List<String> libraries = idsWithPurpose(doc, "LIBRARY");

        assertThat(image.get("primaryPackagePurpose").asText()).isEqualTo("CONTAINER");
        assertThat(image.get("name").asText()).isEqualTo("debian:12");
        assertThat(image.get("versionInfo").asText())
                .isEqualTo("sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910");
        assertThat(image.get("comment").asText()).contains(
                "manifest digest sha256:05b3abf2579a5eb66403cd78be557fd860633a1fe2103c7642030defe32c657f",
                "repo tags debian:12, debian:bookworm",
                "layers (diff ids, bottom first) sha256:b2acf6685c24f0855608a92e99e35356c13b204d02e26972e536fc417d1a18c9, "
                        + "sha256:89c1dc74d3110d5790c5b677ba9d4920cb55749c1879d9fbe623ca0532439ee1");
        assertThat(os.get("primaryPackagePurpose").asText()).isEqualTo("OPERATING_SYSTEM");
        assertThat(os.get("name").asText()).isEqualTo("debian");
        assertThat(os.get("versionInfo").asText()).isEqualTo("12.5");
        assertThat(libraries).hasSize(3);

        List<String> expected = new ArrayList<>(List.of(
                "SPDXRef-DOCUMENT DESCRIBES SPDXRef-Artifact",
                "SPDXRef-Artifact CONTAINS SPDXRef-OperatingSystem"));
        libraries.forEach(id -> expected.add("SPDXRef-OperatingSystem CONTAINS " + id));
        assertThat(relationships(doc)).containsExactlyElementsOf(expected);
    }

    @Test
    void writeJson_writesPurlSourceInfoAndNoAssertionsOfEachPackage() throws Exception {
        JsonNode bsdutils = named(document("debian"), "bsdutils");

        assertThat(bsdutils.get("SPDXID").asText()).matches("SPDXRef-Package-[0-9a-f]{16}");
        assertThat(bsdutils.get("versionInfo").asText()).isEqualTo("1:2.38.1-5+deb12u1");
        assertThat(bsdutils.get("downloadLocation").asText()).isEqualTo("NOASSERTION");
        assertThat(bsdutils.get("licenseConcluded").asText()).isEqualTo("NOASSERTION");
        assertThat(bsdutils.get("filesAnalyzed").asBoolean(true)).isFalse();
        assertThat(bsdutils.get("externalRefs").toString()).isEqualTo("[{\"referenceCategory\":\"PACKAGE-MANAGER\","
                + "\"referenceType\":\"purl\",\"referenceLocator\":\"pkg:deb/debian/bsdutils@1%3A2.38.1-5%2Bdeb12u1"
                + "?arch=amd64&distro=debian-12&upstream=util-linux%402.38.1-5%2Bdeb12u1\"}]");
        assertThat(bsdutils.get("sourceInfo").asText()).isEqualTo("deb database /var/lib/dpkg/status in layer "
                + "sha256:b2acf6685c24f0855608a92e99e35356c13b204d02e26972e536fc417d1a18c9; "
                + "built from source package util-linux 2.38.1-5+deb12u1");
    }

    @Test
    void writeJson_keepsPackageIdsStableAcrossRuns() throws Exception {
        assertThat(idsWithPurpose(document("debian"), "LIBRARY")).isEqualTo(idsWithPurpose(document("debian"), "LIBRARY"));
    }

    @Test
    void writeJson_emptyInventoryDescribesOnlyTheImage() throws Exception {
        JsonNode doc = document("empty");

        assertThat(doc.get("packages")).hasSize(1);
        assertThat(relationships(doc)).containsExactly("SPDXRef-DOCUMENT DESCRIBES SPDXRef-Artifact");
        assertThat(doc.has("hasExtractedLicensingInfos")).isFalse();
    }

    @Test
    void writeJson_rootfsHasNoVersionAndNoLayerInSourceInfo() throws Exception {
        JsonNode doc = document("rootfs");
        JsonNode root = pkg(doc, "SPDXRef-Artifact");

        assertThat(root.get("name").asText()).isEqualTo("/srv/rootfs/alpine");
        assertThat(root.has("versionInfo")).isFalse();
        assertThat(root.get("comment").asText()).isEqualTo("rootfs input /srv/rootfs/alpine");
        assertThat(named(doc, "musl").get("sourceInfo").asText()).isEqualTo("apk database /lib/apk/db/installed");
    }

    @Test
    void writeJson_givesPackagesSharingAPurlDistinctIds() throws Exception {
        JsonNode doc = document("duplicate-purls");
        List<String> ids = idsWithPurpose(doc, "LIBRARY");

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        // the second and third are the same package at the same location: the third is suffixed
        assertThat(ids.get(2)).isEqualTo(ids.get(1) + "-2");
        ids.forEach(id -> assertThat(id).matches("SPDXRef-[a-zA-Z0-9.-]+"));
    }

    @Test
    void writeJson_declaresEachLicenseAsAnSpdxExpression() throws Exception {
        JsonNode doc = document("licenses");

        assertThat(declared(doc, "a-gpl2plus")).isEqualTo("LicenseRef-GPL-2-plus");
        assertThat(declared(doc, "b-gpl2-or-later")).isEqualTo("GPL-2.0-or-later");
        assertThat(declared(doc, "c-mit-and-bsd")).isEqualTo("MIT AND BSD-3-Clause");
        assertThat(declared(doc, "d-public-domain")).isEqualTo("LicenseRef-public-domain");
        assertThat(declared(doc, "e-expression-and-name")).isEqualTo("(MIT OR Apache-2.0) AND LicenseRef-public-domain");
        assertThat(declared(doc, "f-expressions")).isEqualTo("(MIT OR Apache-2.0) AND Zlib");
        assertThat(declared(doc, "g-license-ref")).isEqualTo("LicenseRef-acme AND MIT");
        assertThat(declared(doc, "h-name-like-ref")).isEqualTo("LicenseRef-acme-2");
        assertThat(declared(doc, "i-gpl-2.0-plus")).isEqualTo("GPL-2.0+");
        assertThat(declared(doc, "j-no-license")).isEqualTo("NOASSERTION");
        assertThat(declared(doc, "k-debian-or")).isEqualTo("LicenseRef-GPL-2-plus-or-Artistic");
        assertThat(declared(doc, "l-lowercase-id")).isEqualTo("MIT");
    }

    @Test
    void writeJson_definesEveryLicenseRefItUses() throws Exception {
        JsonNode doc = document("licenses");
        Set<String> used = new HashSet<>();
        doc.get("packages").forEach(p -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("LicenseRef-[A-Za-z0-9.-]+")
                    .matcher(p.get("licenseDeclared").asText());
            while (m.find()) {
                used.add(m.group());
            }
        });
        List<String> defined = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        doc.get("hasExtractedLicensingInfos").forEach(l -> {
            defined.add(l.get("licenseId").asText());
            texts.add(l.get("licenseId").asText() + "=" + l.get("extractedText").asText());
        });

        assertThat(defined).containsExactlyInAnyOrderElementsOf(used).isSorted();
        assertThat(texts).contains("LicenseRef-GPL-2-plus=GPL-2+", "LicenseRef-public-domain=public-domain",
                "LicenseRef-acme=LicenseRef-acme AND MIT", "LicenseRef-acme-2=acme");
    }

    private static JsonNode document(String fixture) throws Exception {
        return JSON.readTree(Encoded.spdxJson(Fixtures.load(fixture)));
    }

    private static JsonNode pkg(JsonNode doc, String spdxId) {
        for (JsonNode p : doc.get("packages")) {
            if (p.get("SPDXID").asText().equals(spdxId)) {
                return p;
            }
        }
        throw new AssertionError("no package " + spdxId);
    }

    private static JsonNode named(JsonNode doc, String name) {
        for (JsonNode p : doc.get("packages")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no package named " + name);
    }

    private static String declared(JsonNode doc, String name) {
        return named(doc, name).get("licenseDeclared").asText();
    }

    private static List<String> idsWithPurpose(JsonNode doc, String purpose) {
        List<String> ids = new ArrayList<>();
        doc.get("packages").forEach(p -> {
            if (p.get("primaryPackagePurpose").asText().equals(purpose)) {
                ids.add(p.get("SPDXID").asText());
            }
        });
        return ids;
    }

    private static List<String> relationships(JsonNode doc) {
        List<String> lines = new ArrayList<>();
        doc.get("relationships").forEach(r -> lines.add(r.get("spdxElementId").asText() + " "
                + r.get("relationshipType").asText() + " " + r.get("relatedSpdxElement").asText()));
        return lines;
    }
}

package dev.rampart.sbom.internal.license;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

class SpdxLicenseListTest {

    @Test
    void ids_areExactlyTheOnesTheCycloneDxSchemaAccepts() throws Exception {
        JsonNode schema;
        try (InputStream in = JsonParser.class.getClassLoader().getResourceAsStream("spdx.schema.json")) {
            assertThat(in).as("cyclonedx-core-java's spdx.schema.json").isNotNull();
            schema = new JsonMapper().readTree(in);
        }
        List<String> accepted = new ArrayList<>();
        schema.get("enum").forEach(id -> accepted.add(id.asText()));
        List<String> ours = new ArrayList<>(SpdxLicenseList.get().licenseIds());
        ours.addAll(SpdxLicenseList.get().exceptionIds());

        assertThat(ours).as("regenerate the id lists (see their README) when CycloneDX brings a new license list")
                .containsExactlyElementsOf(accepted);
        assertThat(schema.get("$comment").asText()).endsWith(SpdxLicenseList.VERSION + ".0");
    }

    @Test
    void license_findsIdsWithoutRegardToCase() {
        assertThat(SpdxLicenseList.get().license("apache-2.0")).contains("Apache-2.0");
        assertThat(SpdxLicenseList.get().license("GPL-2")).isEmpty();
    }

    @Test
    void exception_isSeparateFromLicenses() {
        assertThat(SpdxLicenseList.get().exception("classpath-exception-2.0")).contains("Classpath-exception-2.0");
        assertThat(SpdxLicenseList.get().license("Classpath-exception-2.0")).isEmpty();
        assertThat(SpdxLicenseList.get().exception("MIT")).isEmpty();
    }
}

package dev.rampart.report.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class ScanRenderersTest {
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void table_writesTheTargetHeadingsFirst() {
        assertThat(Rendered.text(ScanRenderers.table(), ScanFixtures.shop()))
                .startsWith("images/shop.tar (debian 12.5)\n");
    }

    @Test
    void json_writesTheCurrentSchemaVersion() throws Exception {
        JsonNode json = JSON.readTree(Rendered.text(ScanRenderers.json(), ScanFixtures.shop()));

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(ScanJsonRenderer.SCHEMA_VERSION);
    }

    @Test
    void sarif_namesTheGivenToolVersion() throws Exception {
        JsonNode sarif = JSON.readTree(Rendered.text(ScanRenderers.sarif("9.9.9"), ScanFixtures.shop()));

        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/tool/driver/version").asText()).isEqualTo("9.9.9");
    }

    @Test
    void cycloneDx_drawsAFreshSerialNumberForEachReport() throws Exception {
        ScanRenderer renderer = ScanRenderers.cycloneDx("9.9.9");
        JsonNode first = JSON.readTree(Rendered.text(renderer, ScanFixtures.shop()));
        JsonNode second = JSON.readTree(Rendered.text(renderer, ScanFixtures.shop()));

        assertThat(first.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(first.at("/metadata/tools/components/0/version").asText()).isEqualTo("9.9.9");
        assertThat(first.get("serialNumber").asText()).startsWith("urn:uuid:")
                .isNotEqualTo(second.get("serialNumber").asText());
        assertThat(first.get("vulnerabilities")).hasSize(ScanFixtures.vulnerabilities().size());
    }
}

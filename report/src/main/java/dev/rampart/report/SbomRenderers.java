package dev.rampart.report;

import dev.rampart.sbom.CycloneDxEncoder;
import dev.rampart.sbom.SpdxEncoder;

/** The SBOM formats as renderers: CycloneDX 1.6 JSON and XML, SPDX 2.3 JSON. */
public final class SbomRenderers {
    private SbomRenderers() {}

    public static InventoryRenderer cycloneDxJson(String toolVersion) {
        CycloneDxEncoder encoder = new CycloneDxEncoder(toolVersion);
        return encoder::writeJson;
    }

    public static InventoryRenderer cycloneDxXml(String toolVersion) {
        CycloneDxEncoder encoder = new CycloneDxEncoder(toolVersion);
        return encoder::writeXml;
    }

    public static InventoryRenderer spdxJson(String toolVersion) {
        SpdxEncoder encoder = new SpdxEncoder(toolVersion);
        return encoder::writeJson;
    }
}

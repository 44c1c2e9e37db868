package dev.rampart.report.scan;

import dev.rampart.sbom.CycloneDxEncoder;

/** The scan report formats, one factory each. */
public final class ScanRenderers {
    private ScanRenderers() {}

    /** A table per target, as {@link ScanTableRenderer} describes. */
    public static ScanRenderer table() {
        return new ScanTableRenderer();
    }

    /** Rampart's JSON, documented in docs/scan-json.md. */
    public static ScanRenderer json() {
        return new ScanJsonRenderer();
    }

    /** SARIF 2.1.0 naming Rampart {@code toolVersion} as the tool. */
    public static ScanRenderer sarif(String toolVersion) {
        return new SarifRenderer(toolVersion);
    }

    /** CycloneDX 1.6 JSON with vulnerabilities, stamped with the current time and a random serial number. */
    public static ScanRenderer cycloneDx(String toolVersion) {
        return new ScanCycloneDxRenderer(new CycloneDxEncoder(toolVersion));
    }
}

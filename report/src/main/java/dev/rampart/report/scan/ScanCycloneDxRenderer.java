package dev.rampart.report.scan;

import dev.rampart.model.ScanReport;
import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.sbom.CycloneDxEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The scanned inventory as a CycloneDX 1.6 JSON BOM, the same as {@code rampart sbom --format
 * cyclonedx} writes, plus a {@code vulnerabilities} array with every finding, suppressed ones
 * carrying an {@code analysis} (see {@link CycloneDxEncoder#writeJson(dev.rampart.model.Inventory,
 * List, OutputStream)}). Without the vulnerability scanner it is the plain SBOM; secrets have no
 * place in CycloneDX and are left out.
 */
public final class ScanCycloneDxRenderer implements ScanRenderer {
    private final CycloneDxEncoder encoder;

    /** @param encoder gives the tool version, clock and serial numbers: fix the latter two for reproducible output */
    public ScanCycloneDxRenderer(CycloneDxEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    @Override
    public void render(ScanReport report, OutputStream out) throws IOException {
        encoder.writeJson(report.inventory(),
                report.scanners().contains(Scanner.VULN) ? report.vulnerabilities() : List.of(), out);
    }
}

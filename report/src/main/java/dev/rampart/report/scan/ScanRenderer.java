package dev.rampart.report.scan;

import dev.rampart.model.ScanReport;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a scan report in one format. The same report gives the same bytes; {@code out} is
 * flushed, not closed. Scanners that did not run ({@link ScanReport#scanners()}) are left out of
 * the output, not shown as finding nothing.
 */
public interface ScanRenderer {
    void render(ScanReport report, OutputStream out) throws IOException;
}

package dev.rampart.cli;

import dev.rampart.report.scan.ScanRenderer;
import dev.rampart.report.scan.ScanRenderers;
import java.util.Locale;
import picocli.CommandLine;

/** The formats the scan verbs write, by the names users type. */
final class ScanFormats {
    private ScanFormats() {}

    static ScanRenderer forFormat(String format, CommandLine cmd) {
        String version = VersionProvider.version();
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "table" -> ScanRenderers.table();
            case "json" -> ScanRenderers.json();
            case "sarif" -> ScanRenderers.sarif(version);
            case "cyclonedx" -> ScanRenderers.cycloneDx(version);
            default -> throw new CommandLine.ParameterException(cmd,
                    "unknown format '" + format + "': expected table, json, sarif or cyclonedx");
        };
    }
}

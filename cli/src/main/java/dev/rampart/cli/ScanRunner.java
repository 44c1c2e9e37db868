package dev.rampart.cli;

import dev.rampart.image.Limits;
import dev.rampart.model.Platform;
import dev.rampart.model.ScanReport;
import dev.rampart.model.Severity;
import dev.rampart.report.scan.ScanRenderer;
import dev.rampart.scan.ScanException;
import dev.rampart.scan.ScanOptions;
import dev.rampart.scan.ScanRequest;
import dev.rampart.scan.ScanService;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine;

/**
 * What {@code image scan}, {@code fs scan} and {@code sbom scan} share: run the scan, keep the
 * severities asked for, render, and choose the exit code.
 */
final class ScanRunner {
    private ScanRunner() {}

    interface Scan {
        ScanReport run(ScanService service, ScanOptions options, Terminal err) throws ScanException;
    }

    static int run(CommandLine cmd, Main main, ScanFlags flags, Scan scan) {
        Terminal err = new Terminal(cmd.getErr(), flags.quiet);
        ScanOptions options = flags.options(cmd);
        Set<Severity> severities = flags.severities(cmd);
        ScanRenderer renderer = ScanFormats.forFormat(flags.format, cmd);
        ScanReport report;
        try {
            report = filter(scan.run(new ScanService(), options, err), severities);
        } catch (ScanException e) {
            err.clearProgress();
            err.error(e.getMessage());
            return ExitCodes.FAILURE;
        }
        err.clearProgress();
        if (!flags.format.equalsIgnoreCase("table")) {
            report.issues().forEach(i -> err.warn(i.toString()));
        }
        int written = Output.write(flags.output, main.stdout(), err, out -> renderer.render(report, out));
        if (written != ExitCodes.OK) {
            return written;
        }
        boolean remaining = !report.activeVulnerabilities().isEmpty() || !report.secrets().isEmpty();
        return remaining ? flags.exitCode : ExitCodes.OK;
    }

    static ScanRequest request(Path input, Platform platform, Terminal err) {
        return new ScanRequest(input, platform, Limits.DEFAULT, err.progress("Reading " + input.getFileName()));
    }

    /** Keeps the findings of the asked severities; suppressed findings stay, counted as such. */
    static ScanReport filter(ScanReport r, Set<Severity> keep) {
        return new ScanReport(r.inventory(), r.scanners(),
                r.vulnerabilities().stream().filter(f -> keep.contains(f.severity())).toList(),
                r.secrets().stream().filter(f -> keep.contains(f.severity())).toList(),
                r.database(), r.issues());
    }
}

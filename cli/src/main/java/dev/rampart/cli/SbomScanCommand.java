package dev.rampart.cli;

import dev.rampart.model.ScanReport;
import dev.rampart.scan.ScanOptions;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rampart sbom scan <sbom>}: vulnerabilities of the packages a CycloneDX or SPDX JSON SBOM lists. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Find known vulnerabilities in the packages of a CycloneDX or SPDX JSON SBOM (Rampart's, Trivy's, Syft's).")
final class SbomScanCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    SbomCommand parent;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    ScanFlags flags;
    @Parameters(index = "0", paramLabel = "<sbom>")
    Path sbom;

    @Override
    public Integer call() {
        return ScanRunner.run(spec.commandLine(), parent.main, flags, (service, options, err) -> {
            ScanOptions vulnOnly = new ScanOptions(EnumSet.of(ScanReport.Scanner.VULN), options.database(), options.vex(),
                    options.ignoreFile(), null, options.today());
            return service.scanSbom(sbom, vulnOnly);
        });
    }
}

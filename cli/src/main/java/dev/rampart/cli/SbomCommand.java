package dev.rampart.cli;

import dev.rampart.image.ImageReadException;
import dev.rampart.image.Limits;
import dev.rampart.model.Inventory;
import dev.rampart.model.Platform;
import dev.rampart.scan.InventoryScanner;
import dev.rampart.scan.ScanRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart sbom <input>}: the inventory of an image or directory, as a table or an SBOM. */
@Command(name = "sbom", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the packages in an image or directory, or write them as an SBOM.",
                "Inputs: docker save archives, OCI layouts (directory or tar), root directories.",
                "'rampart sbom scan <sbom>' finds the vulnerabilities of an SBOM's packages."},
        subcommands = {SbomScanCommand.class})
final class SbomCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<input>", description = "image archive, OCI layout or root directory")
    Path input;

    @Option(names = {"-f", "--format"}, paramLabel = "<format>", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table, json, cyclonedx (CycloneDX 1.6 JSON), cyclonedx-xml, spdx (SPDX 2.3 JSON); default ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "write the result here instead of stdout")
    Path output;

    @Option(names = "--platform", paramLabel = "<os/arch[/variant]>", defaultValue = "linux/amd64",
            converter = PlatformConverter.class,
            description = "platform to pick from an image index; default ${DEFAULT-VALUE}")
    Platform platform;

    @Option(names = "--max-layer-size", paramLabel = "<size>", defaultValue = "16g", converter = SizeConverter.class,
            description = "stop when a layer inflates past this many bytes (k, m, g suffixes); default ${DEFAULT-VALUE}")
    long maxLayerBytes;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar and no warnings on stderr")
    boolean quiet;

    @Override
    public Integer call() {
        if (input == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "missing <input>: an image archive, OCI layout or directory");
        }
        Terminal err = new Terminal(spec.commandLine().getErr(), quiet);
        ScanRequest request = new ScanRequest(input, platform, Limits.DEFAULT.withMaxLayerBytes(maxLayerBytes),
                err.progress("Reading " + input.getFileName()));
        Inventory inventory;
        try {
            inventory = new InventoryScanner().inventory(request);
        } catch (ImageReadException e) {
            err.clearProgress();
            err.error(e.getMessage());
            return ExitCodes.FAILURE;
        }
        err.clearProgress();
        if (format != OutputFormat.TABLE) {
            inventory.issues().forEach(i -> err.warn(i.toString()));
        }
        return Output.write(output, main.stdout(), err, out -> format.renderer().render(inventory, out));
    }
}

package dev.rampart.cli;

import dev.rampart.model.Platform;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart image ...}: work on container images. */
@Command(name = "image", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scan container images.", subcommands = {ImageCommand.Scan.class})
final class ImageCommand {
    @CommandLine.ParentCommand
    Main main;

    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = {"Find known vulnerabilities and secrets in an image: docker save archive, OCI layout or OCI tar.",
                    "Exit code: --exit-code when findings remain, 3 when the image or database cannot be read."})
    static final class Scan implements Callable<Integer> {
        @CommandLine.ParentCommand
        ImageCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        ScanFlags flags;
        @Parameters(index = "0", paramLabel = "<image>")
        Path image;
        @Option(names = "--platform", paramLabel = "<os/arch[/variant]>", defaultValue = "linux/amd64",
                converter = PlatformConverter.class, description = "platform to pick from an image index; default ${DEFAULT-VALUE}")
        Platform platform;

        @Override
        public Integer call() {
            return ScanRunner.run(spec.commandLine(), parent.main, flags,
                    (service, options, err) -> service.scan(ScanRunner.request(image, platform, err), options));
        }
    }
}

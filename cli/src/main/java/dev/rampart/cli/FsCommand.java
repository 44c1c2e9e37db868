package dev.rampart.cli;

import dev.rampart.model.Platform;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rampart fs ...}: work on a directory (a source tree or an unpacked root file system). */
@Command(name = "fs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Scan a directory: lockfiles, manifests and installed packages.", subcommands = {FsCommand.Scan.class})
final class FsCommand {
    @CommandLine.ParentCommand
    Main main;

    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Find known vulnerabilities and secrets in a directory.")
    static final class Scan implements Callable<Integer> {
        @CommandLine.ParentCommand
        FsCommand parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        ScanFlags flags;
        @Parameters(index = "0", paramLabel = "<directory>")
        Path dir;

        @Override
        public Integer call() {
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), dir + " is not a directory (use 'rampart image scan' for images)");
            }
            return ScanRunner.run(spec.commandLine(), parent.main, flags,
                    (service, options, err) -> service.scan(ScanRunner.request(dir, Platform.LINUX_AMD64, err), options));
        }
    }
}

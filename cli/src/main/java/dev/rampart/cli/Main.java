package dev.rampart.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import dev.rampart.runtime.cli.RuntimeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rampart}: the top-level command. Each verb is a subcommand class; a usage error prints
 * one line and the hint to run {@code --help}, and exits 2.
 */
@Command(name = "rampart", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Container security: inventory, SBOMs, vulnerabilities, secrets, runtime detection.",
        subcommands = {SbomCommand.class, ImageCommand.class, FsCommand.class, DbCommand.class, RuntimeCommand.class, K8sCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where results go: the process's stdout, or a test's buffer. */
    private final OutputStream stdout;

    private Main(OutputStream stdout) {
        this.stdout = stdout;
    }

    OutputStream stdout() {
        return stdout;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, OutputStream stdout, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(stdout));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("rampart: " + ex.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}

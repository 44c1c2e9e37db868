package dev.rampart.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import dev.rampart.runtime.cli.RuntimeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rampart}: the top-level command. Each verb is a subcommand class; a usage error prints
 * one line and the hint to run {@code --help}, and exits 2.
 *
 * <p>picocli builds a command's whole model (reflection over every option of every subcommand) when
 * the command line is made, which took most of a {@code rampart --version} run (85% of its JFR
 * samples) with all verbs attached. So a run that names a verb first gets only that verb's
 * subtree; anything else ({@code --help}, {@code help}, a typo) gets every verb, so the usage and
 * the "did you mean" suggestions are whole.
 */
@Command(name = "rampart", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Container security: inventory, SBOMs, vulnerabilities, secrets, runtime detection.")
public final class Main implements Runnable {
    /** The verbs, in the order {@code --help} lists them. */
    static final List<Class<?>> VERBS = List.of(SbomCommand.class, ImageCommand.class, FsCommand.class, DbCommand.class,
            RuntimeCommand.class, K8sCommand.class, CommandLine.HelpCommand.class);

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
        verbsFor(args).forEach(cli::addSubcommand);
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

    /** The one verb {@code args} starts with, when it names one other than {@code help}; else all of them. */
    static List<Class<?>> verbsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> verb : VERBS) {
                String name = verb.getAnnotation(Command.class).name();
                if (name.equals(args[0]) && verb != CommandLine.HelpCommand.class) {
                    return List.of(verb);
                }
            }
        }
        return VERBS;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}

package dev.rampart.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rampart runtime}: Falco-compatible runtime detection. Register this class as a subcommand
 * of the top-level command; its verbs are {@code validate}, {@code run} and {@code fields}.
 */
@Command(name = "runtime", mixinStandardHelpOptions = true,
        description = "Detect threats at run time with Falco rules.",
        subcommands = {ValidateCommand.class, RunCommand.class, FieldsCommand.class})
public final class RuntimeCommand implements Runnable {
    /** Exit codes of the runtime verbs. */
    static final int OK = 0;
    static final int ERRORS = 1;
    static final int FAILURE = 3;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: validate, run or fields");
    }
}

package dev.rampart.runtime.cli;

import dev.rampart.runtime.rules.LoadIssue;
import dev.rampart.runtime.rules.LoadResult;
import dev.rampart.runtime.rules.RulesLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart runtime validate FILE...}: load and compile rules files in order, print every error and warning. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load and compile rules files (in order, later files modifying earlier ones); report errors and warnings.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RULES", description = "Rules files or directories, in load order.")
    List<Path> files;

    @Override
    public Integer call() {
        LoadResult r = RulesLoader.load(files);
        PrintWriter out = spec.commandLine().getOut();
        for (LoadIssue i : r.issues()) {
            out.println(i);
        }
        out.printf("%d rules loaded, %d errors, %d warnings%n", r.ruleset().rules().size(), r.errors().size(),
                r.warnings().size());
        return r.ok() ? RuntimeCommand.OK : RuntimeCommand.ERRORS;
    }
}

package dev.rampart.runtime.cli;

import dev.rampart.runtime.fields.FieldCatalog;
import dev.rampart.runtime.fields.FieldInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rampart runtime fields [--source S]}: the field reference, like {@code falco --list}. */
@Command(name = "fields", mixinStandardHelpOptions = true, description = "List the fields conditions and outputs may use.")
final class FieldsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", description = "Event source: syscall or k8s_audit (default: both).")
    String source;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> sources = source == null ? List.of("syscall", "k8s_audit") : List.of(source);
        for (String s : sources) {
            if (!FieldCatalog.sources().contains(s)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown source '" + s + "': use syscall or k8s_audit");
            }
            out.println("Source " + s + ":");
            for (FieldInfo f : FieldCatalog.forSource(s).fields()) {
                String arg = switch (f.arg()) {
                    case NONE -> "";
                    case ALLOWED -> "[arg]";
                    case REQUIRED -> "[ARG]";
                };
                out.printf(Locale.ROOT, "  %-45s %-8s %s%s%n", f.name() + arg, f.type().name(), f.description(),
                        f.filterOnly() ? " (filter only)" : "");
            }
            out.println();
        }
        return RuntimeCommand.OK;
    }
}

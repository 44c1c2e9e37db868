package dev.rampart.runtime.cli;

import dev.rampart.runtime.engine.Engine;
import dev.rampart.runtime.engine.Summary;
import dev.rampart.runtime.events.BadEventException;
import dev.rampart.runtime.events.BadLinePolicy;
import dev.rampart.runtime.events.EventFormat;
import dev.rampart.runtime.events.EventSource;
import dev.rampart.runtime.events.JsonLinesEventSource;
import dev.rampart.runtime.rules.LoadIssue;
import dev.rampart.runtime.rules.LoadResult;
import dev.rampart.runtime.rules.Priority;
import dev.rampart.runtime.rules.RulesLoader;
import dev.rampart.runtime.sinks.AlertSink;
import dev.rampart.runtime.sinks.JsonLinesSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rampart runtime run --rules R [--rules R2] --events FILE|- [--output FILE]}: alerts as JSON
 * lines on stdout (or the file), the per-rule summary on stderr.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Match events against rules and write alerts.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", required = true, description = "A rules file or directory; repeat to load several, in order.")
    List<Path> rules;

    @Option(names = "--events", defaultValue = "-", description = "JSON lines of events ('-' for stdin, .gz read as gzip).")
    String events;

    @Option(names = "--source", defaultValue = "syscall", description = "Event source: syscall or k8s_audit.")
    String source;

    @Option(names = "--format", defaultValue = "auto",
            description = "Event line format: auto, field-map, rampart or k8s-audit (auto picks from --source and each line).")
    String format;

    @Option(names = "--output", description = "Write alerts to this file instead of stdout.")
    Path output;

    @Option(names = "--rule-matching", defaultValue = "first", description = "first (Falco's default) or all.")
    String matching;

    @Option(names = "--min-priority", defaultValue = "debug", description = "Leave out rules below this priority.")
    String minPriority;

    @Option(names = "--bad-lines", defaultValue = "skip", description = "skip (count them) or fail (stop at the first).")
    String badLines;

    @Option(names = "--enter-events", description = "Also evaluate enter events (evt.dir = >), as Falco did before 0.41.")
    boolean enterEvents;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LoadResult load = RulesLoader.load(rules);
        load.issues().forEach(i -> err.println(i));
        if (!load.ok()) {
            err.println("rampart: rules have errors; fix them or run 'rampart runtime validate' for details");
            return RuntimeCommand.ERRORS;
        }
        Engine engine = Engine.create(load.ruleset(), options());
        try (EventSource in = open(); AlertSink sink = output == null ? JsonLinesSink.to(System.out) : JsonLinesSink.toFile(output)) {
            Summary s = engine.run(in, sink);
            err.print(s.toText());
            err.flush();
            return RuntimeCommand.OK;
        } catch (BadEventException e) {
            err.println("rampart: " + e.getMessage());
            return RuntimeCommand.FAILURE;
        }
    }

    private Engine.Options options() {
        Priority floor = Priority.parse(minPriority).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "unknown priority '" + minPriority + "'"));
        Engine.RuleMatching m = switch (matching.toLowerCase(Locale.ROOT)) {
            case "first" -> Engine.RuleMatching.FIRST;
            case "all" -> Engine.RuleMatching.ALL;
            default -> throw new ParameterException(spec.commandLine(), "--rule-matching must be first or all");
        };
        return Engine.Options.DEFAULT.withMatching(m).withMinimumPriority(floor).withEnterEvents(enterEvents);
    }

    private EventSource open() throws IOException {
        BadLinePolicy policy = switch (badLines.toLowerCase(Locale.ROOT)) {
            case "skip" -> BadLinePolicy.SKIP;
            case "fail" -> BadLinePolicy.FAIL;
            default -> throw new ParameterException(spec.commandLine(), "--bad-lines must be skip or fail");
        };
        EventFormat f = switch (format.toLowerCase(Locale.ROOT)) {
            case "auto" -> source.equals("k8s_audit") ? EventFormat.K8S_AUDIT : EventFormat.AUTO;
            case "field-map" -> EventFormat.FIELD_MAP;
            case "rampart" -> EventFormat.RAMPART;
            case "k8s-audit" -> EventFormat.K8S_AUDIT;
            default -> throw new ParameterException(spec.commandLine(), "--format must be auto, field-map, rampart or k8s-audit");
        };
        if (!source.equals("syscall") && !source.equals("k8s_audit")) {
            throw new ParameterException(spec.commandLine(), "--source must be syscall or k8s_audit");
        }
        return events.equals("-") ? JsonLinesEventSource.of(System.in, f, policy)
                : JsonLinesEventSource.open(Path.of(events), f, policy);
    }
}

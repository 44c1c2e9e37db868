package dev.rampart.runtime.cli;

import dev.rampart.runtime.engine.Engine;
import dev.rampart.runtime.engine.Summary;
import dev.rampart.runtime.events.BadEventException;
import dev.rampart.runtime.events.BadLinePolicy;
import dev.rampart.runtime.events.EventFormat;
import dev.rampart.runtime.events.EventSource;
import dev.rampart.runtime.events.HttpAuditEventSource;
import dev.rampart.runtime.events.LimitedEventSource;
import dev.rampart.runtime.events.JsonLinesEventSource;
import dev.rampart.runtime.rules.LoadIssue;
import dev.rampart.runtime.rules.LoadResult;
import dev.rampart.runtime.rules.Priority;
import dev.rampart.runtime.rules.RulesLoader;
import dev.rampart.runtime.sinks.AlertSink;
import dev.rampart.runtime.sinks.FanOutSink;
import dev.rampart.runtime.sinks.JsonLinesSink;
import dev.rampart.runtime.sinks.SyslogSink;
import dev.rampart.runtime.sinks.WebhookSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rampart runtime run --rules R [--rules R2] --events FILE|- [--output FILE]}: alerts as JSON
 * lines on stdout (or the file), the per-rule summary on stderr. Alerts also go to each
 * {@code --syslog} and {@code --webhook}; {@code --listen host:port} takes Kubernetes audit events
 * over HTTP instead of {@code --events}, until SIGINT or {@code --max-events}.
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

    @Option(names = "--syslog", description = "Also send alerts as RFC 5424 syslog to udp://host:port or tcp://host:port; repeatable.")
    List<String> syslog = new ArrayList<>();

    @Option(names = "--webhook", description = "Also POST each alert as JSON to this URL (https; http for loopback only); repeatable.")
    List<String> webhooks = new ArrayList<>();

    @Option(names = "--listen", description = "Take Kubernetes audit webhook POSTs on host:port instead of --events.")
    String listen;

    @Option(names = "--max-events", description = "End the run after this many events.")
    Long maxEvents;

    @Option(names = "--enter-events", description = "Also evaluate enter events (evt.dir = >), as Falco did before 0.41.")
    boolean enterEvents;

    /** The HTTP source while {@code --listen} runs, for the SIGINT hook. */
    private HttpAuditEventSource listening;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (maxEvents != null && maxEvents < 1) {
            throw new ParameterException(spec.commandLine(), "--max-events must be at least 1");
        }
        if (listen != null && !events.equals("-")) {
            throw new ParameterException(spec.commandLine(), "--listen and --events cannot be used together");
        }
        LoadResult load = RulesLoader.load(rules);
        load.issues().forEach(i -> err.println(i));
        if (!load.ok()) {
            err.println("rampart: rules have errors; fix them or run 'rampart runtime validate' for details");
            return RuntimeCommand.ERRORS;
        }
        Engine engine = Engine.create(load.ruleset(), options());
        CountDownLatch finished = new CountDownLatch(1);
        Thread onSigint = null;
        try (EventSource in = open(err); AlertSink sink = sinks()) {
            if (listening != null) {
                HttpAuditEventSource h = listening;
                onSigint = new Thread(() -> {
                    h.stop();
                    try {
                        finished.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "rampart-listen-shutdown");
                Runtime.getRuntime().addShutdownHook(onSigint);
            }
            Summary s = engine.run(in, sink);
            err.print(s.toText());
            for (String f : sink.failures()) {
                err.println("Alerts not delivered: " + f);
            }
            err.flush();
            return RuntimeCommand.OK;
        } catch (BadEventException e) {
            err.println("rampart: " + e.getMessage());
            return RuntimeCommand.FAILURE;
        } finally {
            finished.countDown();
            if (onSigint != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onSigint);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down; the hook is running and sees the latch
                }
            }
        }
    }

    /** Stdout or {@code --output}, plus every syslog and webhook sink. */
    private AlertSink sinks() throws IOException {
        List<AlertSink> all = new ArrayList<>();
        try {
            JsonLinesSink lines = output == null ? JsonLinesSink.to(System.out) : JsonLinesSink.toFile(output);
            all.add(listen != null ? lines.flushingEachAlert() : lines);
            for (String s : syslog) {
                all.add(SyslogSink.open(s));
            }
            for (String w : webhooks) {
                all.add(WebhookSink.open(w));
            }
        } catch (IllegalArgumentException e) {
            new FanOutSink(all).close();
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            new FanOutSink(all).close();
            throw e;
        }
        return all.size() == 1 ? all.get(0) : new FanOutSink(all);
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

    private EventSource open(PrintWriter err) throws IOException {
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
        EventSource in;
        if (listen != null) {
            InetSocketAddress at;
            try {
                at = HttpAuditEventSource.parseAddress(listen);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            HttpAuditEventSource h = HttpAuditEventSource.listen(at);
            InetSocketAddress bound = h.address();
            err.println("rampart: listening for Kubernetes audit events on http://"
                    + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
            err.flush();
            listening = h;
            in = h;
        } else {
            in = events.equals("-") ? JsonLinesEventSource.of(System.in, f, policy)
                    : JsonLinesEventSource.open(Path.of(events), f, policy);
        }
        return maxEvents == null ? in : new LimitedEventSource(in, maxEvents);
    }
}

package dev.rampart.runtime.bench;

import dev.rampart.runtime.engine.Engine;
import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.events.FieldMapJson;
import dev.rampart.runtime.rules.LoadResult;
import dev.rampart.runtime.rules.Rule;
import dev.rampart.runtime.rules.RulesLoader;
import dev.rampart.runtime.sinks.AlertJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events per second on one thread with the stable ruleset loaded: (a) evaluating events already in
 * memory, (b) end to end from JSON lines (parse, evaluate, format alerts). Not run by
 * {@code mvn verify}; see docs/benchmarks.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EngineBenchmark {
    static final int EVENTS = 100_000;

    private Engine engine;
    private List<String> lines;
    private Event[] events;

    @Setup
    public void setUp() throws IOException {
        String corpus = System.getProperty("rampart.corpus", System.getenv().getOrDefault("RAMPART_CORPUS", "../shared/corpus"));
        LoadResult r = RulesLoader.load(List.of(Path.of(corpus, "falco/falcosecurity-rules/falco_rules.yaml")));
        if (!r.ok()) {
            throw new IllegalStateException("stable ruleset did not load: " + r.errors());
        }
        engine = Engine.create(r.ruleset(), Engine.Options.DEFAULT.withHostname("bench"));
        lines = EventMix.lines(EVENTS);
        events = new Event[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            events[i] = FieldMapJson.parse(lines.get(i));
        }
    }

    /** (a) Evaluation of in-memory events. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void evaluateInMemory(Blackhole bh) {
        for (Event e : events) {
            bh.consume(engine.firstMatch(e));
        }
    }

    /** (b) End to end from JSON lines: parse each line, evaluate, format the alert of a match as JSON. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void endToEndFromJsonLines(Blackhole bh) throws IOException {
        for (String line : lines) {
            Event e = FieldMapJson.parse(line);
            Rule r = engine.firstMatch(e);
            if (r != null) {
                bh.consume(AlertJson.toJson(engine.alert(r, e)));
            }
        }
    }
}

package dev.rampart.runtime.bench;

import dev.rampart.runtime.engine.Engine;
import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.events.FieldMapJson;
import dev.rampart.runtime.rules.RulesLoader;
import java.nio.file.Path;
import java.util.List;

/** A plain loop over the benchmark's event mix, for a profiler to sample. A measurement aid, not a test. */
public final class ProfileLoop {
    private ProfileLoop() {}

    public static void main(String[] args) throws Exception {
        Engine engine = Engine.create(RulesLoader.load(List.of(Path.of(args[0], "falco/falcosecurity-rules/falco_rules.yaml")))
                .ruleset(), Engine.Options.DEFAULT);
        List<String> lines = EventMix.lines(100_000);
        boolean parse = args.length > 1 && args[1].equals("parse");
        Event[] events = new Event[lines.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = FieldMapJson.parse(lines.get(i));
        }
        for (int round = 0; round < 30; round++) {
            long t0 = System.nanoTime();
            int hits = 0;
            for (int i = 0; i < events.length; i++) {
                Event e = parse ? FieldMapJson.parse(lines.get(i)) : events[i];
                if (engine.firstMatch(e) != null) {
                    hits++;
                }
            }
            long ns = System.nanoTime() - t0;
            System.out.printf("round %d: %.0f events/s (%d alerts)%n", round, events.length * 1e9 / ns, hits);
        }
    }
}

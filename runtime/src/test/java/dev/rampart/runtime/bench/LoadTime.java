package dev.rampart.runtime.bench;

import dev.rampart.runtime.rules.LoadResult;
import dev.rampart.runtime.rules.RulesLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints how long a fresh JVM takes to load and compile the three upstream rules files (stable,
 * incubating, sandbox), first load and a warm one. A measurement, not a test.
 */
public final class LoadTime {
    private LoadTime() {}

    public static void main(String[] args) {
        String corpus = args.length > 0 ? args[0] : "../shared/corpus";
        List<Path> files = List.of(Path.of(corpus, "falco/falcosecurity-rules/falco_rules.yaml"),
                Path.of(corpus, "falco/falcosecurity-rules/falco-incubating_rules.yaml"),
                Path.of(corpus, "falco/falcosecurity-rules/falco-sandbox_rules.yaml"));
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            LoadResult r = RulesLoader.load(files);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("load %d: %d ms, %d rules, %d errors, %d warnings%n", i + 1, ms, r.ruleset().rules().size(),
                    r.errors().size(), r.warnings().size());
        }
    }
}

package dev.rampart.runtime.engine;

import dev.rampart.runtime.condition.Predicate;
import dev.rampart.runtime.events.BadEventException;
import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.events.EventSource;
import dev.rampart.runtime.events.FieldMapFields;
import dev.rampart.runtime.rules.Priority;
import dev.rampart.runtime.rules.Rule;
import dev.rampart.runtime.rules.Ruleset;
import dev.rampart.runtime.sinks.AlertSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches events against a ruleset. Rules are indexed by event type, so an event meets only the
 * rules that can match it; rules are tried in load order and, by default, only the first that
 * matches alerts ({@code rule_matching: first}, Falco's default). Conditions run as generated code,
 * specialised per event type where that pays ({@link RuleIndex}).
 *
 * <pre>{@code
 * Engine engine = Engine.create(RulesLoader.load(files).ruleset(), Engine.Options.DEFAULT);
 * Summary s = engine.run(source, sink);
 * }</pre>
 *
 * An engine is immutable and may be shared by threads; {@link #run} is not re-entrant on one sink.
 */
public final class Engine {

    /** Whether one event raises at most one alert (Falco's default) or one per matching rule. */
    public enum RuleMatching { FIRST, ALL }

    /**
     * @param matching first-match or all-match
     * @param minimumPriority rules below this priority are not loaded into the engine
     * @param evaluateEnterEvents evaluate enter events ({@code evt.dir = >}) too, as Falco did before
     *        {@code evt.dir} was deprecated; needed to replay old captures with their original counts
     * @param hostname the hostname written in alerts
     * @param disabledTags rules with any of these tags are left out (Falco {@code -T})
     * @param enabledTags when not empty, only rules with one of these tags run (Falco {@code -t})
     * @param disabledRules rules whose name contains one of these strings are left out (Falco {@code -D})
     */
    public record Options(RuleMatching matching, Priority minimumPriority, boolean evaluateEnterEvents, String hostname,
            Set<String> disabledTags, Set<String> enabledTags, Set<String> disabledRules) {

        public static final Options DEFAULT = new Options(RuleMatching.FIRST, Priority.DEBUG, false, localHostname(),
                Set.of(), Set.of(), Set.of());

        public Options {
            disabledTags = Set.copyOf(disabledTags);
            enabledTags = Set.copyOf(enabledTags);
            disabledRules = Set.copyOf(disabledRules);
        }

        public Options withMatching(RuleMatching m) {
            return new Options(m, minimumPriority, evaluateEnterEvents, hostname, disabledTags, enabledTags, disabledRules);
        }

        public Options withMinimumPriority(Priority p) {
            return new Options(matching, p, evaluateEnterEvents, hostname, disabledTags, enabledTags, disabledRules);
        }

        public Options withEnterEvents(boolean on) {
            return new Options(matching, minimumPriority, on, hostname, disabledTags, enabledTags, disabledRules);
        }

        public Options withHostname(String h) {
            return new Options(matching, minimumPriority, evaluateEnterEvents, h, disabledTags, enabledTags, disabledRules);
        }

        public Options withTags(Set<String> disabled, Set<String> enabled) {
            return new Options(matching, minimumPriority, evaluateEnterEvents, hostname, disabled, enabled, disabledRules);
        }

        public Options withDisabledRules(Set<String> names) {
            return new Options(matching, minimumPriority, evaluateEnterEvents, hostname, disabledTags, enabledTags, names);
        }

        private static String localHostname() {
            String h = System.getenv("HOSTNAME");
            if (h != null && !h.isBlank()) {
                return h;
            }
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
    }

    private final Options options;
    /** The sources with active rules and, at the same index, their rules; a few entries, scanned per event. */
    private final String[] sources;
    private final RuleIndex[] indexes;

    private Engine(Ruleset ruleset, Options options) {
        this.options = options;
        Map<String, List<Rule>> active = new LinkedHashMap<>();
        for (Rule r : ruleset.rules()) {
            if (runs(r)) {
                active.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r);
            }
        }
        sources = active.keySet().toArray(String[]::new);
        indexes = new RuleIndex[sources.length];
        for (int i = 0; i < sources.length; i++) {
            indexes[i] = new RuleIndex(sources[i], active.get(sources[i]));
        }
    }

    public static Engine create(Ruleset ruleset, Options options) {
        return new Engine(ruleset, options);
    }

    public Options options() {
        return options;
    }

    private boolean runs(Rule r) {
        if (!r.enabled() || !r.priority().atLeast(options.minimumPriority())) {
            return false;
        }
        if (r.tags().stream().anyMatch(options.disabledTags()::contains)) {
            return false;
        }
        if (!options.enabledTags().isEmpty() && r.tags().stream().noneMatch(options.enabledTags()::contains)) {
            return false;
        }
        return options.disabledRules().stream().noneMatch(r.name()::contains);
    }

    /** The rules that can match an event, or null when none can (no rule for its source, or an enter event). */
    private RuleIndex.@Nullable Candidates candidates(Event event) {
        if (event.isEnter() && !options.evaluateEnterEvents()) {
            return null;
        }
        String source = event.source();
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] == source || sources[i].equals(source)) {
                return indexes[i].candidates(event.typeIndex());
            }
        }
        return null;
    }

    /** The first rule (in load order) that matches, or null. Enter events never match unless enabled. */
    public @Nullable Rule firstMatch(Event event) {
        RuleIndex.Candidates c = candidates(event);
        if (c == null) {
            return null;
        }
        Predicate[] ps = c.predicates();
        for (int i = 0; i < ps.length; i++) {
            if (ps[i].test(event)) {
                return c.rules()[i];
            }
        }
        return null;
    }

    /** Every rule that matches, in load order (or just the first under first-match). */
    public List<Rule> matches(Event event) {
        if (options.matching() == RuleMatching.FIRST) {
            Rule r = firstMatch(event);
            return r == null ? List.of() : List.of(r);
        }
        RuleIndex.Candidates c = candidates(event);
        if (c == null) {
            return List.of();
        }
        List<Rule> out = new ArrayList<>(2);
        Predicate[] ps = c.predicates();
        for (int i = 0; i < ps.length; i++) {
            if (ps[i].test(event)) {
                out.add(c.rules()[i]);
            }
        }
        return out;
    }

    /** The alert a rule raises for an event. */
    public Alert alert(Rule rule, Event event) {
        long t = event.timestampNanos();
        String time = t == 0 ? "<NA>" : FieldMapFields.iso8601(t);
        String message = time + ": " + rule.priority().display() + " " + rule.output().render(event);
        return new Alert(t, rule.name(), rule.priority(), message, rule.output().fields(event), rule.source(), rule.tags(),
                options.hostname());
    }

    /**
     * Reads every event of {@code source}, sends an alert to {@code sink} for each match, and returns
     * the counts. A bad event stops the run only under the source's fail policy.
     */
    public Summary run(EventSource source, AlertSink sink) throws IOException, BadEventException {
        long read = 0;
        long evaluated = 0;
        long alerts = 0;
        Map<String, Long> byRule = new LinkedHashMap<>();
        Event e;
        while ((e = source.next()) != null) {
            read++;
            if (e.isEnter() && !options.evaluateEnterEvents()) {
                continue;
            }
            evaluated++;
            for (Rule r : matches(e)) {
                sink.accept(alert(r, e));
                alerts++;
                byRule.merge(r.name(), 1L, Long::sum);
            }
        }
        sink.flush();
        return new Summary(read, source.badEvents(), evaluated, alerts, byRule);
    }
}

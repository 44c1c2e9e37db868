package dev.rampart.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.runtime.events.BadLinePolicy;
import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.events.EventFormat;
import dev.rampart.runtime.events.JsonLinesEventSource;
import dev.rampart.runtime.rules.LoadResult;
import dev.rampart.runtime.rules.Rule;
import dev.rampart.runtime.rules.RulesLoader;
import dev.rampart.testkit.Corpus;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule of the stable ruleset, a data directory under {@code stable-rules/} holds events
 * ({@code events.jsonl}, field maps) and the alerts of that rule they must raise
 * ({@code expected-alerts.jsonl}): at least one trigger and one near-miss that must not fire. The
 * rule under test must fire on exactly the expected events (other rules may fire too).
 */
class StableRulesTriggerTest {
    static final LoadResult STABLE = RulesLoader.load(List.of(Corpus.resolve("falco/falcosecurity-rules/falco_rules.yaml")));
    static final Engine ENGINE = Engine.create(STABLE.ruleset(),
            Engine.Options.DEFAULT.withMatching(Engine.RuleMatching.ALL).withHostname("test"));

    static Path root() throws URISyntaxException {
        return Path.of(StableRulesTriggerTest.class.getResource("/stable-rules").toURI());
    }

    static Stream<Path> cases() throws Exception {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_firesOnTriggersAndNotOnNearMisses(Path dir) throws Exception {
        ObjectMapper m = new ObjectMapper();
        Set<Integer> expected = new TreeSet<>();
        String rule = null;
        for (String line : Files.readAllLines(dir.resolve("expected-alerts.jsonl"))) {
            JsonNode n = m.readTree(line);
            expected.add(n.get("event").asInt());
            rule = n.get("rule").asText();
        }
        assertThat(rule).as("expected-alerts.jsonl names the rule").isNotNull();
        assertThat(STABLE.ruleset().rule(rule)).as("rule %s in the stable ruleset", rule).isPresent();
        List<Event> events = new ArrayList<>();
        try (JsonLinesEventSource src = JsonLinesEventSource.open(dir.resolve("events.jsonl"), EventFormat.FIELD_MAP,
                BadLinePolicy.FAIL)) {
            for (Event e = src.next(); e != null; e = src.next()) {
                events.add(e);
            }
        }
        assertThat(events.size()).as("at least one near-miss beside the triggers").isGreaterThan(expected.size());
        Set<Integer> fired = new TreeSet<>();
        for (int i = 0; i < events.size(); i++) {
            for (Rule r : ENGINE.matches(events.get(i))) {
                if (r.name().equals(rule)) {
                    fired.add(i + 1);
                }
            }
        }
        assertThat(fired).as("events (by line) on which '%s' fires", rule).isEqualTo(expected);
    }

    @Test
    void everyStableRuleHasTriggerData() throws Exception {
        ObjectMapper m = new ObjectMapper();
        Set<String> covered = new TreeSet<>();
        for (Path dir : cases().toList()) {
            covered.add(m.readTree(Files.readAllLines(dir.resolve("expected-alerts.jsonl")).get(0)).get("rule").asText());
        }
        Set<String> stable = new TreeSet<>();
        STABLE.ruleset().rules().forEach(r -> stable.add(r.name()));
        assertThat(covered).isEqualTo(stable);
    }
}

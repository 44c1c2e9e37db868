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
import java.io.InputStream;
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
 * The upstream Kubernetes audit rules over Falco's 47 audit events: every rule that matches each
 * event (all-match), against expectations written from each rule's intent in
 * {@code k8s_audit/expected-alerts.jsonl}.
 */
class K8sAuditRulesTest {
    static final Path EVENTS = Corpus.resolve("falco/falco-0.34.1-test/trace_files/k8s_audit");
    static final Engine ENGINE = engine();

    static Engine engine() {
        LoadResult r = RulesLoader.load(List.of(Corpus.resolve("falco/falcosecurity-plugins/k8s_audit_rules.yaml")));
        return Engine.create(r.ruleset(), Engine.Options.DEFAULT.withMatching(Engine.RuleMatching.ALL).withHostname("test"));
    }

    record Expected(String file, int event, List<String> rules) {
        @Override
        public String toString() {
            return file + "#" + event;
        }
    }

    static Stream<Expected> expected() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<Expected> out = new ArrayList<>();
        try (InputStream in = K8sAuditRulesTest.class.getResourceAsStream("/k8s_audit/expected-alerts.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                JsonNode n = m.readTree(line);
                List<String> rules = new ArrayList<>();
                n.get("rules").forEach(x -> rules.add(x.asText()));
                out.add(new Expected(n.get("file").asText(), n.get("event").asInt(), rules));
            }
        }
        return out.stream();
    }

    static List<Event> events(String file) throws Exception {
        List<Event> out = new ArrayList<>();
        try (JsonLinesEventSource src = JsonLinesEventSource.open(EVENTS.resolve(file), EventFormat.K8S_AUDIT,
                BadLinePolicy.FAIL)) {
            Event e;
            while ((e = src.next()) != null) {
                out.add(e);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void auditEvent_raisesExactlyTheRulesItsIntentCallsFor(Expected x) throws Exception {
        List<Event> events = events(x.file());
        Set<String> fired = new TreeSet<>();
        for (Rule r : ENGINE.matches(events.get(x.event() - 1))) {
            fired.add(r.name());
        }
        assertThat(fired).isEqualTo(new TreeSet<>(x.rules()));
    }

    @Test
    void everyAuditEventFileHasAnExpectation() throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(EVENTS)) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        Set<String> covered = new TreeSet<>();
        expected().forEach(x -> covered.add(x.file()));
        assertThat(covered).isEqualTo(files);
        assertThat(events("create_configmap_sensitive_values.json")).hasSize(6);
    }

    @Test
    void firstMatch_raisesOnlyTheFirstRuleInLoadOrder() throws Exception {
        LoadResult r = RulesLoader.load(List.of(Corpus.resolve("falco/falcosecurity-plugins/k8s_audit_rules.yaml")));
        Engine first = Engine.create(r.ruleset(), Engine.Options.DEFAULT.withHostname("test"));
        Event e = events("some-user_creates_namespace_foo.json").get(0);
        assertThat(first.matches(e)).extracting(Rule::name).containsExactly("Disallowed K8s User");
        Alert a = first.alert(first.matches(e).get(0), e);
        assertThat(a.output()).contains("Warning K8s Operation performed by user not in allowed list of users")
                .contains("user=some-user");
        assertThat(a.source()).isEqualTo("k8s_audit");
    }
}

package dev.rampart.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.Corpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every upstream rules file loads with no error, alone (after the stable set it builds on) and all together. */
class UpstreamRulesLoadTest {

    static Path rules(String name) {
        return Corpus.resolve("falco/falcosecurity-rules/" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"falco_rules.yaml", "falco-incubating_rules.yaml", "falco-sandbox_rules.yaml",
            "falco-deprecated_rules.yaml", "application_rules.yaml"})
    void load_upstreamRulesFileHasNoErrors(String name) {
        LoadResult r = RulesLoader.load(List.of(rules(name)));
        assertThat(r.errors()).as("errors loading %s", name).isEmpty();
    }

    @Test
    void load_k8sAuditRulesHaveNoErrors() {
        LoadResult r = RulesLoader.load(List.of(Corpus.resolve("falco/falcosecurity-plugins/k8s_audit_rules.yaml")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.ruleset().rules()).hasSize(48);
        assertThat(r.ruleset().rules()).allMatch(rule -> rule.source().equals("k8s_audit"));
    }

    @Test
    void load_allThreeMainFilesTogetherHaveNoErrors() {
        LoadResult r = RulesLoader.load(List.of(rules("falco_rules.yaml"), rules("falco-incubating_rules.yaml"),
                rules("falco-sandbox_rules.yaml")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.ruleset().rules()).hasSize(25 + 31 + 37);
    }

    @Test
    void load_stableRulesetHasItsRulesInFileOrder() {
        LoadResult r = RulesLoader.load(List.of(rules("falco_rules.yaml")));
        assertThat(r.ruleset().rules()).hasSize(25);
        assertThat(r.ruleset().rules().get(0).name()).isEqualTo("Directory traversal monitored file read");
    }
}

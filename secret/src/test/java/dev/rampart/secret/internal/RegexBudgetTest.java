package dev.rampart.secret.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import dev.rampart.secret.Allowlist;
import dev.rampart.secret.SecretRule;
import dev.rampart.secret.SecretRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegexBudgetTest {
    @Test
    void estimate_isAtLeastWhatRe2jCompiles_forEveryBuiltInAndTrickyPattern() {
        List<String> patterns = new ArrayList<>(List.of("a", "abc", "a*b+c?", "(a|b)*", "[a-z]{100}", "(ab){3,5}",
                "(?i)x{2,}", "((a{10}){10}){10}", "\\Q{1000}\\E", "[{]{5}", "a{,3}", "(?:(?:a|b){4}c){8}", "\\p{Greek}{20}",
                "(?P<name>[0-9]{2,4})-(?i:z){7}", "a{3}?b{2,}?"));
        for (SecretRule r : SecretRules.builtIn().rules()) {
            patterns.add(r.regex());
        }
        for (Allowlist a : SecretRules.builtIn().allowlists()) {
            patterns.addAll(a.paths());
        }
        for (String p : patterns) {
            assertThat(RegexBudget.estimate(p)).as(p).isGreaterThanOrEqualTo(Pattern.compile(p).programSize());
        }
    }

    @Test
    void nestedCounts_multiply() {
        assertThat(RegexBudget.estimate("(a{1000}){1000}")).isGreaterThan(1_000_000);
        assertThat(RegexBudget.estimate("((a{1000}){1000}){1000}")).isGreaterThan(1_000_000_000L);
        assertThat(RegexBudget.estimate("(".repeat(100) + "a{1000}" + ")".repeat(100) + "{1000}")).isGreaterThan(1_000_000);
    }

    @Test
    void unbalancedOrOddText_doesNotThrow() {
        for (String p : List.of("(", ")", "[", "\\", "{", "a{", "a{1,", "a{9999999999999}", "(?", "((((")) {
            assertThat(RegexBudget.estimate(p)).as(p).isNotNegative();
        }
    }
}

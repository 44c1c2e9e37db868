package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringSetTest {

    @Test
    void contains_findsEveryMemberAndNothingElse_forListsOfAllSizes() {
        for (int n : new int[] {0, 1, 2, 3, 7, 100, 1000}) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add("proc-" + i);
            }
            StringSet set = StringSet.of(names);
            for (String s : names) {
                assertThat(set.contains(new String(s))).as("%s in a set of %d", s, n).isTrue();
            }
            assertThat(set.contains("proc-" + n)).isFalse();
            assertThat(set.contains("")).isFalse();
        }
    }

    @Test
    void contains_keepsDuplicatesOnce_andMatchesEmptyString() {
        StringSet set = StringSet.of(List.of("sh", "sh", "", "bash"));
        assertThat(set.contains("sh")).isTrue();
        assertThat(set.contains("")).isTrue();
        assertThat(set.contains("zsh")).isFalse();
    }

    @Test
    void contains_tellsApartNamesWithTheSameHash() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        StringSet set = StringSet.of(List.of("Aa"));
        assertThat(set.contains("Aa")).isTrue();
        assertThat(set.contains("BB")).isFalse();
    }
}

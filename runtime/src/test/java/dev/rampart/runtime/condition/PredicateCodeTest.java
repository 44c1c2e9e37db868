package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.events.FieldMapEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated code against the tree it comes from: same result, and the same checks called in the
 * same order (so short-circuits are kept), over random and/or/not trees.
 */
class PredicateCodeTest {
    private static final Event EVENT = FieldMapEvent.of("syscall", Map.of("evt.type", "openat"));

    /** A check with a fixed answer that records when it is called. */
    private record Leaf(int id, boolean value, List<Integer> calls) implements Predicate {
        @Override
        public boolean test(Event e) {
            calls.add(id);
            return value;
        }
    }

    @Test
    void generate_givesSameResultsAndCallOrderAsTree_forRandomTrees() {
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            List<Integer> calls = new ArrayList<>();
            Predicate tree = tree(r, calls, 4, new int[1]);
            boolean expected = tree.test(EVENT);
            List<Integer> expectedCalls = List.copyOf(calls);
            calls.clear();

            boolean actual = PredicateCode.generate(tree).test(EVENT);

            assertThat(actual).as("tree %d", i).isEqualTo(expected);
            assertThat(calls).as("checks called by tree %d", i).isEqualTo(expectedCalls);
        }
    }

    @Test
    void generate_splitsTreesLargerThanOneMethod_withSameResultAndCallOrder() {
        List<Integer> calls = new ArrayList<>();
        int n = PredicateCode.MAX_CHECKS * 3;
        Predicate[] ors = new Predicate[n / 3];
        for (int i = 0; i < ors.length; i++) {
            ors[i] = new Logic.Or(new Predicate[] {new Leaf(3 * i, false, calls), new Leaf(3 * i + 1, false, calls),
                new Logic.Not(new Leaf(3 * i + 2, i == ors.length - 1, calls))});
        }
        Predicate tree = new Logic.Not(new Logic.And(ors));
        assertThat(PredicateCode.checks(tree)).isGreaterThan(PredicateCode.MAX_CHECKS);
        boolean expected = tree.test(EVENT);
        List<Integer> expectedCalls = List.copyOf(calls);
        calls.clear();

        assertThat(PredicateCode.generate(tree).test(EVENT)).isEqualTo(expected).isTrue();
        assertThat(calls).isEqualTo(expectedCalls).hasSize(n);
    }

    @Test
    void generate_returnsSingleCheckUnchanged() {
        Predicate leaf = new Leaf(0, true, new ArrayList<>());
        assertThat(PredicateCode.generate(leaf)).isSameAs(leaf);
    }

    private static Predicate tree(Random r, List<Integer> calls, int depth, int[] ids) {
        int kind = depth == 0 ? 0 : r.nextInt(5);
        return switch (kind) {
            case 0, 1 -> new Leaf(ids[0]++, r.nextBoolean(), calls);
            case 2 -> new Logic.Not(tree(r, calls, depth - 1, ids));
            default -> {
                Predicate[] children = new Predicate[r.nextInt(4)];
                for (int i = 0; i < children.length; i++) {
                    children[i] = tree(r, calls, depth - 1, ids);
                }
                yield kind == 3 ? new Logic.And(children) : new Logic.Or(children);
            }
        };
    }
}

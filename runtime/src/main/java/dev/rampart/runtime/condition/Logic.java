package dev.rampart.runtime.condition;

import dev.rampart.runtime.events.Event;

/**
 * The boolean structure of a compiled condition: {@code and}, {@code or} and {@code not} over
 * checks. Each node evaluates itself (short-circuit, left to right), and {@link PredicateCode} can
 * turn a tree of them into one generated method.
 */
final class Logic {
    private Logic() {}

    /** {@code a and b and ...}. */
    record And(Predicate[] children) implements Predicate {
        @Override
        public boolean test(Event e) {
            for (Predicate p : children) {
                if (!p.test(e)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code a or b or ...}. */
    record Or(Predicate[] children) implements Predicate {
        @Override
        public boolean test(Event e) {
            for (Predicate p : children) {
                if (p.test(e)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code not a}. */
    record Not(Predicate child) implements Predicate {
        @Override
        public boolean test(Event e) {
            return !child.test(e);
        }
    }
}

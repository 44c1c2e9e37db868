package dev.rampart.runtime.condition;

import dev.rampart.runtime.events.Event;

/** A compiled condition: a tree of closures evaluated against one event, no AST walk at run time. */
@FunctionalInterface
public interface Predicate {
    boolean test(Event event);
}

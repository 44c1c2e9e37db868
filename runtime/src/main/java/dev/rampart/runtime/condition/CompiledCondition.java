package dev.rampart.runtime.condition;

import java.util.BitSet;
import java.util.List;

/**
 * A compiled condition.
 *
 * @param predicate the closure tree evaluated per event
 * @param eventTypes the event types (indexes in the source's table) that can satisfy it; all bits set
 *        when the condition does not restrict {@code evt.type}
 * @param warnings things that compile but are probably mistakes
 */
public record CompiledCondition(Predicate predicate, BitSet eventTypes, List<Warning> warnings) {

    /** A compile warning with the position of the node it concerns. */
    public record Warning(String message, Pos pos) {}

    public CompiledCondition {
        eventTypes = (BitSet) eventTypes.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public BitSet eventTypes() {
        return (BitSet) eventTypes.clone();
    }
}

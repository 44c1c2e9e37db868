package dev.rampart.runtime.rules;

import dev.rampart.runtime.condition.ConditionCompiler;
import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.fields.FieldCatalog;

/** One field rendered the way a rule's output renders {@code %field} ({@code <NA>} without a value), for tests. */
public final class OutputText {
    private OutputText() {}

    public static String render(String field, FieldCatalog catalog, ConditionCompiler.ExtractorFactory factory,
            Event event) {
        try {
            return OutputFormat.compile("%" + field, catalog, factory).render(event);
        } catch (OutputFormat.InvalidToken e) {
            throw new IllegalArgumentException("'" + field + "' is not an output field: " + e.getMessage(), e);
        }
    }
}

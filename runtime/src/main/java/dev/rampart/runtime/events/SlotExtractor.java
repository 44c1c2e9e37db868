package dev.rampart.runtime.events;

import org.jspecify.annotations.Nullable;

/**
 * Reads one stored slot of a {@link FieldMapEvent}, nothing derived. The condition compiler
 * recognises it and fuses common checks on such fields into one step.
 */
public record SlotExtractor(int slot) implements Extractor {
    @Override
    public @Nullable Object extract(Event event) {
        return ((FieldMapEvent) event).valueAt(slot);
    }
}

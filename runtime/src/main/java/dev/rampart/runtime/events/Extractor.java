package dev.rampart.runtime.events;

import org.jspecify.annotations.Nullable;

/**
 * Reads one field from an event. Returns null when the field has no value, a {@link java.util.List}
 * when it has several, otherwise a {@code String}, {@code Long} or {@code Boolean}.
 */
@FunctionalInterface
public interface Extractor {
    @Nullable Object extract(Event event);
}

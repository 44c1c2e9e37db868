package dev.rampart.runtime.events;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** A stream of events: a file, stdin, an HTTP endpoint, or events in memory. */
public interface EventSource extends AutoCloseable {

    /** The next event, or null at the end. */
    @Nullable Event next() throws IOException, BadEventException;

    /** Lines skipped so far because they were not valid events. */
    long badEvents();

    @Override
    void close() throws IOException;
}

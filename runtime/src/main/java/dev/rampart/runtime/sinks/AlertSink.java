package dev.rampart.runtime.sinks;

import dev.rampart.runtime.engine.Alert;
import java.io.IOException;
import java.util.List;

/** Where alerts go. Implementations are used by one thread at a time. */
public interface AlertSink extends AutoCloseable {

    void accept(Alert alert) throws IOException;

    /** Pushes buffered alerts out; called at the end of a run. */
    default void flush() throws IOException {}

    /**
     * Alerts this sink gave up on without stopping the run, one line per cause (for example
     * {@code webhook http://127.0.0.1:8080/: 2 alerts not delivered}); empty when every alert went out.
     */
    default List<String> failures() {
        return List.of();
    }

    @Override
    default void close() throws IOException {
        flush();
    }
}

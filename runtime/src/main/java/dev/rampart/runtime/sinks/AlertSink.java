package dev.rampart.runtime.sinks;

import dev.rampart.runtime.engine.Alert;
import java.io.IOException;

/** Where alerts go. Implementations are used by one thread at a time. */
public interface AlertSink extends AutoCloseable {

    void accept(Alert alert) throws IOException;

    /** Pushes buffered alerts out; called at the end of a run. */
    default void flush() throws IOException {}

    @Override
    default void close() throws IOException {
        flush();
    }
}

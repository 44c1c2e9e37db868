package dev.rampart.runtime.events;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** At most {@code limit} events of another source, then the end; closing closes that source. */
public final class LimitedEventSource implements EventSource {
    private final EventSource source;
    private final long limit;
    private long read;

    public LimitedEventSource(EventSource source, long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("event limit must be at least 1, was " + limit);
        }
        this.source = source;
        this.limit = limit;
    }

    @Override
    public @Nullable Event next() throws IOException, BadEventException {
        if (read >= limit) {
            return null;
        }
        Event e = source.next();
        if (e != null) {
            read++;
        }
        return e;
    }

    @Override
    public long badEvents() {
        return source.badEvents();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}

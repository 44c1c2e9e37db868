package dev.rampart.runtime.events;

import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Events already in memory. */
public final class ListEventSource implements EventSource {
    private final Iterator<? extends Event> it;

    public ListEventSource(List<? extends Event> events) {
        this.it = List.copyOf(events).iterator();
    }

    @Override
    public @Nullable Event next() {
        return it.hasNext() ? it.next() : null;
    }

    @Override
    public long badEvents() {
        return 0;
    }

    @Override
    public void close() {}
}

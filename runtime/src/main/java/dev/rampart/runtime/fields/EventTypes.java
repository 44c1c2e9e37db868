package dev.rampart.runtime.fields;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event type names of a source, each with a dense index so sets of types are bit sets. The
 * syscall source reads {@code syscall-event-types.txt}; other sources have no event types (every
 * rule meets every event).
 */
public final class EventTypes {
    private static volatile EventTypes syscall;

    private final List<String> names;
    private final Map<String, Integer> index;

    private EventTypes(List<String> names) {
        this.names = List.copyOf(names);
        this.index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
    }

    public static EventTypes syscall() {
        EventTypes s = syscall;
        if (s == null) {
            s = new EventTypes(read());
            syscall = s;
        }
        return s;
    }

    public static EventTypes none() {
        return new EventTypes(List.of());
    }

    public static EventTypes of(List<String> names) {
        return new EventTypes(names);
    }

    public int size() {
        return names.size();
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The index of a type name, or -1 if the source has no such type. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public String name(int index) {
        return names.get(index);
    }

    /** A set holding every type. */
    public BitSet all() {
        BitSet b = new BitSet(names.size());
        b.set(0, names.size());
        return b;
    }

    private static List<String> read() {
        try (InputStream in = EventTypes.class.getResourceAsStream("syscall-event-types.txt")) {
            if (in == null) {
                throw new IllegalStateException("syscall-event-types.txt missing from the classpath");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty() && !out.contains(w)) {
                        out.add(w);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.rampart.catalog.npm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The first YAML document of a lockfile as plain maps, lists and strings, built from
 * snakeyaml-engine's event stream rather than its composer: the parser is a state machine, while
 * the composer recurses once per nesting level, so building the tree here is what lets the depth be
 * bounded ({@link NpmLimits#maxNestingDepth()}) instead of ending in a stack overflow. Every scalar
 * stays a string ({@code version: 1.10} is {@code "1.10"}, not a number); aliases become null, since
 * no lockfile writer uses anchors and expanding them is how YAML bombs work.
 */
final class YamlTree {
    private YamlTree() {}

    /** The first document's root, or null for an empty document. */
    static @Nullable Object parse(String text, NpmLimits limits) throws NpmFormatException {
        Deque<Container> open = new ArrayDeque<>();
        Object[] root = {null};
        try {
            for (Event e : new Parse(limits.yaml()).parseString(text)) {
                switch (e.getEventId()) {
                    case MappingStart, SequenceStart -> {
                        if (open.size() >= limits.maxNestingDepth()) {
                            throw new NpmFormatException(line(e), "YAML nesting deeper than " + limits.maxNestingDepth()
                                    + " levels (NpmLimits.maxNestingDepth)");
                        }
                        open.push(e.getEventId() == Event.ID.MappingStart ? new Container.OfMap() : new Container.OfList());
                    }
                    case MappingEnd, SequenceEnd -> add(open, root, open.pop().value(), e);
                    case Scalar -> add(open, root, ((ScalarEvent) e).getValue(), e);
                    case Alias -> add(open, root, null, e);
                    case DocumentEnd -> {
                        return root[0];
                    }
                    default -> { }
                }
            }
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new NpmFormatException(line, "not valid YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new NpmFormatException(0, "not valid YAML: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // the parser's boundary with hostile input: whatever else it throws is this file's problem, not the scan's
            throw new NpmFormatException(0, "YAML parser failed: " + e, e);
        }
        return root[0];
    }

    private static void add(Deque<Container> open, Object[] root, @Nullable Object value, Event e)
            throws NpmFormatException {
        Container top = open.peek();
        if (top == null) {
            root[0] = value;
        } else if (!top.add(value)) {
            throw new NpmFormatException(line(e), "YAML mapping key is not a plain value");
        }
    }

    private static int line(Event e) {
        return e.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }

    /** A map, or an empty map when the value is absent or not a mapping. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(@Nullable Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A string, or empty when the value is absent or not a scalar. */
    static String text(@Nullable Object value) {
        return value instanceof String s ? s : "";
    }

    /** A mapping or sequence being filled. */
    private sealed interface Container {
        Object value();

        /** False when a map is given a key that is not a string. */
        boolean add(@Nullable Object item);

        final class OfMap implements Container {
            private final Map<String, @Nullable Object> map = new LinkedHashMap<>();
            private @Nullable String key;
            private boolean expectingKey = true;

            @Override
            public Object value() {
                return map;
            }

            @Override
            public boolean add(@Nullable Object item) {
                if (expectingKey) {
                    if (!(item instanceof String s)) {
                        return false;
                    }
                    key = s;
                    expectingKey = false;
                } else {
                    map.put(key, item);
                    expectingKey = true;
                }
                return true;
            }
        }

        final class OfList implements Container {
            private final List<@Nullable Object> list = new ArrayList<>();

            @Override
            public Object value() {
                return list;
            }

            @Override
            public boolean add(@Nullable Object item) {
                list.add(item);
                return true;
            }
        }
    }
}

package dev.rampart.runtime.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reading values out of composed YAML nodes with Falco's validation messages. Scalars are read as
 * their text whatever tag a YAML resolver would give them, so {@code comps: [=, =]} reads as two
 * {@code "="} strings and {@code desc: != x} as the text after the tag.
 */
final class YamlNodes {
    private YamlNodes() {}

    static Origin origin(String file, Node node, String itemType, String itemName) {
        return node.getStartMark()
                .map(m -> new Origin(file, m.getLine() + 1, m.getColumn() + 1, itemType, itemName))
                .orElse(new Origin(file, 0, 0, itemType, itemName));
    }

    static boolean isNull(@Nullable Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getScalarStyle() == ScalarStyle.PLAIN
                && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equalsIgnoreCase("null"));
    }

    static @Nullable Node get(MappingNode map, String key) {
        Node found = null;
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                found = t.getValueNode();
            }
        }
        return found;
    }

    static boolean has(MappingNode map, String key) {
        return get(map, key) != null;
    }

    static List<String> keys(MappingNode map) {
        List<String> keys = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.add(k.getValue());
            }
        }
        return keys;
    }

    /** A required non-empty scalar. */
    static String string(MappingNode map, String key, Origin ctx) throws LoadException {
        Node v = get(map, key);
        if (v == null) {
            throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Item has no mapping for key '" + key + "'"));
        }
        return scalarValue(v, key, ctx);
    }

    static @Nullable String optionalString(MappingNode map, String key, Origin ctx) throws LoadException {
        Node v = get(map, key);
        return v == null ? null : scalarValue(v, key, ctx);
    }

    private static String scalarValue(Node v, String key, Origin ctx) throws LoadException {
        if (isNull(v)) {
            throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Mapping for key '" + key + "' is empty"));
        }
        if (!(v instanceof ScalarNode s)) {
            throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Value is not a scalar value"));
        }
        if (s.getValue().isEmpty()) {
            throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Value must be non-empty"));
        }
        return s.getValue();
    }

    static @Nullable Boolean optionalBool(MappingNode map, String key, Origin ctx) throws LoadException {
        String s = optionalString(map, key, ctx);
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> Boolean.TRUE;
            case "false", "no", "off", "n" -> Boolean.FALSE;
            default -> throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Can't decode YAML scalar value"));
        };
    }

    /** A sequence of scalars; absent is an error only when {@code required}. */
    static @Nullable List<String> strings(MappingNode map, String key, Origin ctx, boolean required)
            throws LoadException {
        Node v = get(map, key);
        if (v == null) {
            if (required) {
                throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Item has no mapping for key '" + key + "'"));
            }
            return null;
        }
        if (isNull(v)) {
            return List.of();
        }
        if (!(v instanceof SequenceNode seq)) {
            throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Value is not a sequence"));
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s)) {
                throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "sequence value is not scalar"));
            }
            out.add(s.getValue());
        }
        return out;
    }

    /** An exception entry: a scalar, or a (nested) sequence of them. */
    static Items.Entry entry(Node v, Origin ctx) throws LoadException {
        if (v instanceof ScalarNode s) {
            if (s.getValue().isEmpty()) {
                throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Value must be non-empty"));
            }
            return Items.Entry.scalar(s.getValue());
        }
        if (v instanceof SequenceNode seq) {
            List<Items.Entry> items = new ArrayList<>();
            for (Node n : seq.getValue()) {
                items.add(entry(n, ctx));
            }
            return Items.Entry.list(items);
        }
        throw new LoadException(ctx.error("LOAD_ERR_YAML_VALIDATE", "Value is not a scalar or a sequence"));
    }
}

package dev.rampart.k8s.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A typed view of one YAML mapping that knows its path in the document, so a field of the wrong type
 * fails with a message naming the field, e.g. {@code spec.ingress[0].ports: expected a list, got a string}.
 */
public final class Fields {
    private final Map<?, ?> map;
    private final String path;

    Fields(Map<?, ?> map, String path) {
        this.map = map;
        this.path = path;
    }

    /** The path of this mapping in its document ({@code ""} at the top). */
    public String path() {
        return path;
    }

    public boolean has(String key) {
        return map.get(key) != null;
    }

    /** Whether the key is present at all, even with a null value. */
    public boolean present(String key) {
        return map.containsKey(key);
    }

    public Optional<String> string(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return Optional.of(String.valueOf(v));
        }
        throw new FieldException(at(key) + ": expected a string, got " + typeOf(v));
    }

    public String requiredString(String key) {
        return string(key).orElseThrow(() -> new FieldException(at(key) + ": required field is missing"));
    }

    public Optional<Integer> integer(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Integer i) {
            return Optional.of(i);
        }
        if (v instanceof Long l && l == l.intValue()) {
            return Optional.of(l.intValue());
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                throw new FieldException(at(key) + ": expected a number, got '" + s + "'");
            }
        }
        throw new FieldException(at(key) + ": expected a number, got " + typeOf(v));
    }

    /** The raw scalar (String, Integer, Long, Boolean) or empty; callers decide what it means. */
    public Optional<Object> scalar(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map || v instanceof List) {
            throw new FieldException(at(key) + ": expected a number or a string, got " + typeOf(v));
        }
        return Optional.of(v);
    }

    public Optional<Fields> object(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map<?, ?> m) {
            return Optional.of(new Fields(m, at(key)));
        }
        throw new FieldException(at(key) + ": expected a mapping, got " + typeOf(v));
    }

    public Fields objectOrEmpty(String key) {
        return object(key).orElseGet(() -> new Fields(Map.of(), at(key)));
    }

    /** A list of mappings; absent or null is the empty list. */
    public List<Fields> objects(String key) {
        List<?> raw = rawList(key);
        List<Fields> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Object v = raw.get(i);
            if (v instanceof Map<?, ?> m) {
                out.add(new Fields(m, at(key) + "[" + i + "]"));
            } else {
                throw new FieldException(at(key) + "[" + i + "]: expected a mapping, got " + typeOf(v));
            }
        }
        return out;
    }

    /** A list of scalars as strings; absent or null is the empty list. */
    public List<String> strings(String key) {
        List<?> raw = rawList(key);
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Object v = raw.get(i);
            if (v instanceof Map || v instanceof List || v == null) {
                throw new FieldException(at(key) + "[" + i + "]: expected a string, got " + typeOf(v));
            }
            out.add(String.valueOf(v));
        }
        return out;
    }

    /** A mapping of strings to strings (labels); absent is empty. */
    public Map<String, String> stringMap(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new FieldException(at(key) + ": expected a mapping, got " + typeOf(v));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object val = e.getValue();
            if (val instanceof Map || val instanceof List) {
                throw new FieldException(at(key) + "." + e.getKey() + ": expected a string, got " + typeOf(val));
            }
            out.put(String.valueOf(e.getKey()), val == null ? "" : String.valueOf(val));
        }
        return out;
    }

    /** Whether the key holds a list (even empty) as opposed to being absent or null. */
    public boolean isList(String key) {
        return map.get(key) instanceof List;
    }

    public int listSize(String key) {
        return rawList(key).size();
    }

    private List<?> rawList(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l;
        }
        throw new FieldException(at(key) + ": expected a list, got " + typeOf(v));
    }

    public String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String typeOf(@Nullable Object v) {
        return switch (v) {
            case null -> "null";
            case Map<?, ?> m -> "a mapping";
            case List<?> l -> "a list";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            case Number n -> "a number";
            default -> v.getClass().getSimpleName();
        };
    }

    /** A field of the wrong shape; the loader adds the file and document. */
    public static final class FieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FieldException(String message) {
            super(message);
        }
    }
}

package dev.rampart.runtime.fields;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one event source, read from a table shipped with Rampart ({@code syscall.tsv},
 * {@code k8s_audit.tsv}). The same table type-checks conditions and prints {@code rampart runtime fields}.
 *
 * <pre>{@code
 * FieldCatalog c = FieldCatalog.forSource("syscall");
 * c.resolve("evt.arg.flags")  // -> evt.arg with argument "flags"
 * }</pre>
 */
public final class FieldCatalog {

    /** A field name as written, split into its table row and its argument. */
    public record Resolved(FieldInfo info, @org.jspecify.annotations.Nullable String arg) {}

    private static final Map<String, FieldCatalog> BUILT_IN = new LinkedHashMap<>();

    private final String source;
    private final Map<String, FieldInfo> fields;
    private final EventTypes eventTypes;

    private FieldCatalog(String source, Map<String, FieldInfo> fields, EventTypes eventTypes) {
        this.source = source;
        this.fields = Collections.unmodifiableMap(fields);
        this.eventTypes = eventTypes;
    }

    /** The sources Rampart knows: {@code syscall} and {@code k8s_audit}. */
    public static Set<String> sources() {
        return Set.of("syscall", "k8s_audit");
    }

    /**
     * The catalog of a source.
     *
     * @throws IllegalArgumentException for a source that is not one of {@link #sources()}
     */
    public static synchronized FieldCatalog forSource(String source) {
        FieldCatalog c = BUILT_IN.get(source);
        if (c == null) {
            String table = switch (source) {
                case "syscall" -> "syscall.tsv";
                case "k8s_audit" -> "k8s_audit.tsv";
                default -> throw new IllegalArgumentException("unknown event source '" + source
                        + "': use one of " + sources());
            };
            EventTypes types = source.equals("syscall") ? EventTypes.syscall() : EventTypes.none();
            c = new FieldCatalog(source, read(table), types);
            BUILT_IN.put(source, c);
        }
        return c;
    }

    /** A catalog made from given rows (tests, plugins). */
    public static FieldCatalog of(String source, List<FieldInfo> rows, EventTypes eventTypes) {
        Map<String, FieldInfo> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.name(), r));
        return new FieldCatalog(source, m, eventTypes);
    }

    public String source() {
        return source;
    }

    /** Every field, in table order. */
    public List<FieldInfo> fields() {
        return List.copyOf(fields.values());
    }

    public EventTypes eventTypes() {
        return eventTypes;
    }

    public Optional<FieldInfo> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * Resolves a field as written in a condition or output: {@code name}, {@code name[arg]} given
     * separately as {@code arg}, or {@code name.arg} for fields that take a dotted argument.
     */
    public Optional<Resolved> resolve(String name, @org.jspecify.annotations.Nullable String arg) {
        FieldInfo info = fields.get(name);
        if (info != null) {
            return Optional.of(new Resolved(info, arg));
        }
        if (arg == null) {
            for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
                FieldInfo prefix = fields.get(name.substring(0, dot));
                if (prefix != null && prefix.dotArg()) {
                    return Optional.of(new Resolved(prefix, name.substring(dot + 1)));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, FieldInfo> read(String table) {
        Map<String, FieldInfo> out = new LinkedHashMap<>();
        try (InputStream in = FieldCatalog.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("field table " + table + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 4) {
                    throw new IllegalStateException(table + ":" + n + ": expected 4 tab-separated columns, got " + c.length);
                }
                out.put(c[0], row(c[0], FieldType.valueOf(c[1]), List.of(c[2].split(",")), c[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static FieldInfo row(String name, FieldType type, List<String> flags, String description) {
        List<String> f = new ArrayList<>();
        flags.forEach(s -> f.add(s.strip().toLowerCase(Locale.ROOT)));
        FieldInfo.ArgMode arg = f.contains("arg_required") ? FieldInfo.ArgMode.REQUIRED
                : f.contains("arg_allowed") ? FieldInfo.ArgMode.ALLOWED : FieldInfo.ArgMode.NONE;
        return new FieldInfo(name, type, arg, f.contains("arg_index"), f.contains("arg_key"), f.contains("dot_arg"),
                f.contains("list"), f.contains("filter_only"), f.contains("deprecated"), description);
    }
}

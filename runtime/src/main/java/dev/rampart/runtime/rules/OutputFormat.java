package dev.rampart.runtime.rules;

import dev.rampart.runtime.condition.ConditionCompiler;
import dev.rampart.runtime.events.Event;
import dev.rampart.runtime.events.Extractor;
import dev.rampart.runtime.fields.FieldCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule's output template compiled against a source: literal text and {@code %field} /
 * {@code %field[arg]} placeholders. A field without a value renders as {@code <NA>}, as in Falco.
 */
public final class OutputFormat {
    private final List<Object> parts;
    private final List<Placeholder> placeholders;

    private record Placeholder(String key, Extractor extractor) {}

    private OutputFormat(List<Object> parts, List<Placeholder> placeholders) {
        this.parts = parts;
        this.placeholders = placeholders;
    }

    /** Thrown for a placeholder that names no field of the source; the message is Falco's. */
    static final class InvalidToken extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidToken(String token) {
            super("invalid formatting token " + token);
        }
    }

    static OutputFormat compile(String template, FieldCatalog catalog, ConditionCompiler.ExtractorFactory factory)
            throws InvalidToken {
        List<Object> parts = new ArrayList<>();
        List<Placeholder> placeholders = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '%') {
                text.append(c);
                i++;
                continue;
            }
            if (i + 1 < template.length() && template.charAt(i + 1) == '%') {
                text.append('%');
                i += 2;
                continue;
            }
            boolean paren = i + 1 < template.length() && template.charAt(i + 1) == '(';
            int start = paren ? i + 2 : i + 1;
            int end = start;
            while (end < template.length() && isFieldChar(template.charAt(end))) {
                end++;
            }
            String name = template.substring(start, end);
            String arg = null;
            if (end < template.length() && template.charAt(end) == '[') {
                int close = template.indexOf(']', end);
                if (close > end) {
                    arg = template.substring(end + 1, close);
                    end = close + 1;
                }
            }
            while (name.endsWith(".") && resolve(catalog, name, arg).isEmpty()) {
                name = name.substring(0, name.length() - 1);
                end--;
            }
            if (paren && end < template.length() && template.charAt(end) == ')') {
                end++;
            }
            Optional<FieldCatalog.Resolved> r = resolve(catalog, name, arg);
            if (r.isEmpty() || r.get().info().filterOnly()) {
                throw new InvalidToken(name.isEmpty() ? template.substring(i) : name);
            }
            if (!text.isEmpty()) {
                parts.add(text.toString());
                text.setLength(0);
            }
            Placeholder p = new Placeholder(arg == null ? name : name + "[" + arg + "]",
                    factory.extractor(r.get().info(), r.get().arg()));
            parts.add(p);
            placeholders.add(p);
            i = end;
        }
        if (!text.isEmpty()) {
            parts.add(text.toString());
        }
        return new OutputFormat(List.copyOf(parts), List.copyOf(placeholders));
    }

    private static Optional<FieldCatalog.Resolved> resolve(FieldCatalog catalog, String name, @Nullable String arg) {
        return name.isEmpty() ? Optional.empty() : catalog.resolve(name, arg);
    }

    private static boolean isFieldChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    /** The message for one event. */
    public String render(Event event) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                sb.append(display(p.extractor().extract(event)));
            } else {
                sb.append((String) part);
            }
        }
        return sb.toString();
    }

    /** The placeholders' values for one event, by field key, in template order; null for no value. */
    public Map<String, @Nullable Object> fields(Event event) {
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        for (Placeholder p : placeholders) {
            out.put(p.key(), p.extractor().extract(event));
        }
        return out;
    }

    static String display(@Nullable Object v) {
        if (v == null) {
            return "<NA>";
        }
        if (v instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            l.forEach(x -> items.add(String.valueOf(x)));
            return "(" + String.join(",", items) + ")";
        }
        return String.valueOf(v);
    }
}

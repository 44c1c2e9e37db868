package dev.rampart.vulndb.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rampart.vulndb.osv.OsvRange;
import dev.rampart.vulndb.osv.OsvSeverity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compact JSON kept in list-valued columns. Written and read with Jackson's streaming API
 * (no tree, no reflection) because the matcher decodes these on every uncached lookup.
 *
 * <pre>
 * strings   ["CVE-2021-44228","..."]
 * severity  [["CVSS_V3","CVSS:3.1/AV:N/..."]]
 * ranges    [["ECOSYSTEM","introduced","2.13.0","fixed","2.15.0"],["GIT","introduced","abc1..."]]
 * extra     {"urgency":"high"}
 * </pre>
 */
final class JsonColumns {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonColumns() {}

    static String strings(List<String> values) {
        return write(g -> {
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        });
    }

    static String severity(List<OsvSeverity> values) {
        return write(g -> {
            g.writeStartArray();
            for (OsvSeverity s : values) {
                g.writeStartArray();
                g.writeString(s.type());
                g.writeString(s.score());
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    static String ranges(List<OsvRange> values) {
        return write(g -> {
            g.writeStartArray();
            for (OsvRange r : values) {
                g.writeStartArray();
                g.writeString(r.type().name());
                for (OsvRange.Event e : r.events()) {
                    g.writeString(e.kind().name().toLowerCase(Locale.ROOT));
                    g.writeString(e.version());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    static String extra(Map<String, String> values) {
        return write(g -> {
            g.writeStartObject();
            for (Map.Entry<String, String> e : values.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        });
    }

    static List<String> readStrings(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, json);
            List<String> out = new ArrayList<>();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            }
            expect(p.currentToken(), JsonToken.END_ARRAY, json);
            return out;
        }
    }

    static List<OsvSeverity> readSeverity(String json) throws IOException {
        List<OsvSeverity> out = new ArrayList<>();
        for (List<String> row : readRows(json)) {
            if (row.size() != 2) {
                throw new IOException("severity entry " + row + " is not [type, score]");
            }
            out.add(new OsvSeverity(row.get(0), row.get(1)));
        }
        return out;
    }

    static List<OsvRange> readRanges(String json) throws IOException {
        List<OsvRange> out = new ArrayList<>();
        for (List<String> row : readRows(json)) {
            if (row.isEmpty() || row.size() % 2 != 1) {
                throw new IOException("range " + row + " is not [type, kind, version, ...]");
            }
            List<OsvRange.Event> events = new ArrayList<>(row.size() / 2);
            for (int i = 1; i < row.size(); i += 2) {
                events.add(new OsvRange.Event(kind(row.get(i)), row.get(i + 1)));
            }
            out.add(new OsvRange(type(row.get(0)), events));
        }
        return out;
    }

    static Map<String, String> readExtra(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, json);
            Map<String, String> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                expect(p.nextToken(), JsonToken.VALUE_STRING, json);
                out.put(key, p.getText());
            }
            expect(p.currentToken(), JsonToken.END_OBJECT, json);
            return out;
        }
    }

    private static List<List<String>> readRows(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, json);
            List<List<String>> rows = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                List<String> row = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    row.add(p.getText());
                }
                expect(p.currentToken(), JsonToken.END_ARRAY, json);
                rows.add(row);
            }
            expect(p.currentToken(), JsonToken.END_ARRAY, json);
            return rows;
        }
    }

    private static OsvRange.Type type(String name) throws IOException {
        return switch (name) {
            case "ECOSYSTEM" -> OsvRange.Type.ECOSYSTEM;
            case "SEMVER" -> OsvRange.Type.SEMVER;
            case "GIT" -> OsvRange.Type.GIT;
            default -> throw new IOException("unknown range type '" + name + "'");
        };
    }

    private static OsvRange.Event.Kind kind(String name) throws IOException {
        return switch (name) {
            case "introduced" -> OsvRange.Event.Kind.INTRODUCED;
            case "fixed" -> OsvRange.Event.Kind.FIXED;
            case "last_affected" -> OsvRange.Event.Kind.LAST_AFFECTED;
            case "limit" -> OsvRange.Event.Kind.LIMIT;
            default -> throw new IOException("unknown range event '" + name + "'");
        };
    }

    private static void expect(@Nullable JsonToken actual, JsonToken expected, String json) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " in " + abbreviate(json));
        }
    }

    private static String abbreviate(String json) {
        return json.length() <= 80 ? json : json.substring(0, 77) + "...";
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }
}

package dev.rampart.vulndb.osv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads OSV JSON into {@link OsvRecord}s. Unknown fields are ignored, as the schema asks of
 * readers; a record missing {@code id} or with a range of an unknown type is rejected with a
 * message naming the record.
 */
public final class OsvParser {
    private final ObjectMapper json;

    public OsvParser() {
        json = JsonMapper.builder().build();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(8 << 20).build());
    }

    public OsvRecord parse(byte[] bytes, String where) throws OsvFormatException {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new OsvFormatException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new OsvFormatException(where + ": " + e.getMessage(), e);
        }
        return parse(root, where);
    }

    public OsvRecord parse(JsonNode root, String where) throws OsvFormatException {
        String id = root.path("id").asText("");
        if (id.isBlank()) {
            throw new OsvFormatException(where + ": OSV record has no id");
        }
        List<OsvAffected> affected = new ArrayList<>();
        for (JsonNode a : root.path("affected")) {
            affected.add(affected(a, where + " (" + id + ")"));
        }
        List<OsvSeverity> severity = new ArrayList<>();
        for (JsonNode s : root.path("severity")) {
            severity.add(new OsvSeverity(s.path("type").asText(""), s.path("score").asText("")));
        }
        List<String> references = new ArrayList<>();
        root.path("references").forEach(r -> references.add(r.path("url").asText("")));
        return new OsvRecord(id, root.path("modified").asText(""), text(root, "withdrawn"), text(root, "published"),
                strings(root.path("aliases")), strings(root.path("upstream")), root.path("summary").asText(""),
                root.path("details").asText(""), severity, rating(root.path("database_specific")), affected, references);
    }

    private static OsvAffected affected(JsonNode a, String where) throws OsvFormatException {
        JsonNode pkg = a.path("package");
        List<OsvRange> ranges = new ArrayList<>();
        for (JsonNode r : a.path("ranges")) {
            OsvRange.Type type;
            try {
                type = OsvRange.Type.valueOf(r.path("type").asText("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new OsvFormatException(where + ": range type '" + r.path("type").asText("") + "' is not ECOSYSTEM, SEMVER or GIT");
            }
            List<OsvRange.Event> events = new ArrayList<>();
            for (JsonNode e : r.path("events")) {
                e.properties().forEach(field -> {
                    OsvRange.Event.Kind kind = switch (field.getKey()) {
                        case "introduced" -> OsvRange.Event.Kind.INTRODUCED;
                        case "fixed" -> OsvRange.Event.Kind.FIXED;
                        case "last_affected" -> OsvRange.Event.Kind.LAST_AFFECTED;
                        case "limit" -> OsvRange.Event.Kind.LIMIT;
                        default -> null;
                    };
                    if (kind != null) {
                        events.add(new OsvRange.Event(kind, field.getValue().asText("")));
                    }
                });
            }
            ranges.add(new OsvRange(type, events));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (String section : new String[] {"ecosystem_specific", "database_specific"}) {
            a.path(section).properties().forEach(f -> {
                if (f.getValue().isValueNode()) {
                    extra.putIfAbsent(f.getKey(), f.getValue().asText());
                }
            });
        }
        String severity = rating(a.path("ecosystem_specific"));
        if (severity == null) {
            severity = rating(a.path("database_specific"));
        }
        return new OsvAffected(pkg.path("ecosystem").asText(""), pkg.path("name").asText(""), text(pkg, "purl"),
                ranges, strings(a.path("versions")), severity, extra);
    }

    /** {@code severity} (GHSA, AlmaLinux, Go) or {@code urgency} (Debian) of a specific section. */
    private static @Nullable String rating(JsonNode section) {
        for (String key : new String[] {"severity", "urgency", "cvss_severity"}) {
            JsonNode v = section.get(key);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        });
        return out;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

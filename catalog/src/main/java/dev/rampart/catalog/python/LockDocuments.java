package dev.rampart.catalog.python;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rampart.model.Issue;

/**
 * Reads TOML and JSON lock files into trees within {@link PythonLimits}, and turns a parse failure
 * into an issue naming the file and line.
 */
final class LockDocuments {
    private final ObjectMapper toml;
    private final ObjectMapper json;

    LockDocuments(PythonLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .build();
        this.toml = new TomlMapper(TomlFactory.builder().streamReadConstraints(constraints).build());
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints).build());
    }

    JsonNode toml(String text) throws JacksonException {
        return toml.readTree(text);
    }

    JsonNode json(String text) throws JacksonException {
        return json.readTree(text);
    }

    static Issue unreadable(String path, String format, JacksonException e) {
        JsonLocation at = e.getLocation();
        String where = at != null && at.getLineNr() > 0 ? path + ":" + at.getLineNr() : path;
        return new Issue(where, "not valid " + format + ", skipped: " + e.getOriginalMessage());
    }

    /** A text field of a table, or empty when it is missing or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() ? v.asText() : "";
    }
}

package dev.rampart.catalog.rust;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The dependency list cargo-auditable embeds: zlib-compressed JSON
 * {@code {"packages":[{"name":"adler","version":"1.0.2","source":"crates.io","kind":"build",
 * "dependencies":[1],"root":true}, ...]}}, where {@code kind} is omitted for {@code runtime},
 * {@code root} for {@code false}, and {@code source} is a string or {@code {"Other": "..."}}.
 * Format: https://github.com/rust-secure-code/cargo-auditable/blob/master/PARSING.md and
 * {@code cargo-auditable.schema.json} beside it.
 */
final class AuditDataParser {
    private final ObjectMapper json;
    private final int maxBytes;

    AuditDataParser(RustLimits limits) {
        this.json = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build())
                .build());
        this.maxBytes = limits.maxAuditJsonBytes();
    }

    RustBinary parse(byte[] compressed) {
        byte[] text;
        try {
            text = inflate(compressed);
        } catch (DataFormatException e) {
            return new RustBinary.Unreadable("cargo-auditable data is not valid zlib: " + e.getMessage());
        }
        if (text == null) {
            return new RustBinary.Unreadable("cargo-auditable data inflates past " + maxBytes
                    + " bytes (RustLimits.maxAuditJsonBytes); not read");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            return new RustBinary.Unreadable("cargo-auditable data is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new RustBinary.Unreadable("cargo-auditable data is not valid JSON: " + e.getMessage());
        }
        JsonNode packages = root == null ? null : root.get("packages");
        if (packages == null || !packages.isArray()) {
            return new RustBinary.Unreadable("cargo-auditable data has no \"packages\" array");
        }
        List<RustBinary.AuditedCrate> crates = new ArrayList<>();
        for (JsonNode p : packages) {
            String name = p.path("name").asText("");
            String version = p.path("version").asText("");
            if (name.isBlank() || version.isBlank()) {
                return new RustBinary.Unreadable("cargo-auditable package #" + (crates.size() + 1)
                        + " has no " + (name.isBlank() ? "name" : "version"));
            }
            JsonNode source = p.path("source");
            String sourceText = source.isObject() ? source.path("Other").asText("other") : source.asText("");
            crates.add(new RustBinary.AuditedCrate(name, version, sourceText, p.path("kind").asText("runtime"),
                    p.path("root").asBoolean(false)));
        }
        return new RustBinary.Audited(crates);
    }

    /** The inflated bytes, or null when they would exceed the limit. */
    private byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the compressed stream ends early");
                }
                if (out.size() + n > maxBytes) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}

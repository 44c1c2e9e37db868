package dev.rampart.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.Inventory;
import dev.rampart.model.Issue;
import dev.rampart.model.LayerInfo;
import dev.rampart.model.Package;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Rampart's own JSON, a stable contract documented in docs/json-schema.md: fields are only ever
 * added within a {@code schemaVersion}; renaming or removing one bumps it.
 */
public final class JsonRenderer implements InventoryRenderer {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void render(Inventory inv, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            artifact(g, inv.artifact());
            if (inv.os() != null) {
                g.writeObjectFieldStart("os");
                g.writeStringField("id", inv.os().id());
                g.writeStringField("version", inv.os().version());
                g.writeStringField("name", inv.os().prettyName());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("packages");
            for (Package p : inv.packages()) {
                pkg(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("issues");
            for (Issue i : inv.issues()) {
                g.writeStartObject();
                g.writeStringField("where", i.where());
                g.writeStringField("message", i.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The {@code artifact} object both the inventory and the scan JSON start with: one writer for one contract. */
    public static void artifact(JsonGenerator g, ArtifactInfo a) throws IOException {
        g.writeObjectFieldStart("artifact");
        g.writeStringField("name", a.name());
        g.writeStringField("kind", a.kind().label());
        if (a.imageId() != null) {
            g.writeStringField("imageId", a.imageId().toString());
        }
        if (a.manifestDigest() != null) {
            g.writeStringField("manifestDigest", a.manifestDigest().toString());
        }
        if (a.platform() != null) {
            g.writeStringField("platform", a.platform().toString());
        }
        g.writeArrayFieldStart("repoTags");
        for (String t : a.repoTags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("layers");
        for (LayerInfo l : a.layers()) {
            g.writeStartObject();
            g.writeStringField("digest", l.digest().toString());
            g.writeStringField("diffId", l.diffId().toString());
            g.writeStringField("mediaType", l.mediaType());
            g.writeNumberField("size", l.size());
            if (l.createdBy() != null) {
                g.writeStringField("createdBy", l.createdBy());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void pkg(JsonGenerator g, Package p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", p.type().purlType());
        g.writeStringField("name", p.name());
        g.writeStringField("version", p.version());
        g.writeStringField("architecture", p.architecture());
        if (p.source() != null) {
            g.writeObjectFieldStart("source");
            g.writeStringField("name", p.source().name());
            g.writeStringField("version", p.source().version());
            g.writeEndObject();
        }
        g.writeStringField("purl", p.purl().canonical());
        g.writeArrayFieldStart("licenses");
        for (String l : p.licenses()) {
            g.writeString(l);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("location");
        g.writeStringField("path", p.location().path());
        if (p.location().layer() != null) {
            g.writeStringField("layer", p.location().layer().toString());
        }
        g.writeEndObject();
        g.writeNumberField("fileCount", p.files().size());
        if (!p.properties().isEmpty()) {
            g.writeObjectFieldStart("properties");
            for (var e : p.properties().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}

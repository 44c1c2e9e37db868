package dev.rampart.sbom;

import dev.rampart.model.Inventory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs the encoders with the fixtures' fixed clock and id, returning the text written. */
final class Encoded {
    private Encoded() {}

    static String cycloneDxJson(Inventory inventory) {
        return write(out -> new CycloneDxEncoder(Fixtures.TOOL_VERSION, Fixtures.CLOCK, Fixtures.IDS).writeJson(inventory, out));
    }

    static String cycloneDxXml(Inventory inventory) {
        return write(out -> new CycloneDxEncoder(Fixtures.TOOL_VERSION, Fixtures.CLOCK, Fixtures.IDS).writeXml(inventory, out));
    }

    static String spdxJson(Inventory inventory) {
        return write(out -> new SpdxEncoder(Fixtures.TOOL_VERSION, Fixtures.CLOCK, Fixtures.IDS).writeJson(inventory, out));
    }

    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static String write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

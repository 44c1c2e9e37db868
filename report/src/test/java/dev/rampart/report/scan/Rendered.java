package dev.rampart.report.scan;

import dev.rampart.model.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A renderer's output as text. */
final class Rendered {
    private Rendered() {}

    static String text(ScanRenderer renderer, ScanReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

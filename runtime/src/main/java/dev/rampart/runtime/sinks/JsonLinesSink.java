package dev.rampart.runtime.sinks;

import dev.rampart.runtime.engine.Alert;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One JSON alert per line to a stream (stdout) or a file. */
public final class JsonLinesSink implements AlertSink {
    private final Writer out;
    private final boolean closeTarget;
    private final boolean flushEach;

    private JsonLinesSink(Writer out, boolean closeTarget, boolean flushEach) {
        this.out = out;
        this.closeTarget = closeTarget;
        this.flushEach = flushEach;
    }

    /**
     * This sink, flushing after every alert: for a live source ({@code --listen}), where alerts
     * must show as they happen rather than when a buffer fills.
     */
    public JsonLinesSink flushingEachAlert() {
        return new JsonLinesSink(out, closeTarget, true);
    }

    /** Writes to a stream the caller owns (it is flushed, not closed). */
    public static JsonLinesSink to(OutputStream stream) {
        return new JsonLinesSink(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false, false);
    }

    /** Creates or truncates {@code file}; closing the sink closes the file. */
    public static JsonLinesSink toFile(Path file) throws IOException {
        return new JsonLinesSink(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true, false);
    }

    @Override
    public void accept(Alert alert) throws IOException {
        AlertJson.write(alert, out);
        out.write('\n');
        if (flushEach) {
            out.flush();
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
        if (closeTarget) {
            out.close();
        }
    }
}

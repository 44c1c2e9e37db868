package dev.rampart.runtime.sinks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rampart.runtime.engine.Alert;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes an alert as one line of Falco's JSON output:
 * <pre>{@code
 * {"hostname":"h","output":"2016-08-04T16:17:57.881781397+0000: Warning An open was seen (command=cat /dev/null)",
 *  "priority":"Warning","rule":"open_from_cat","source":"syscall","tags":["filesystem"],
 *  "time":"2016-08-04T16:17:57.881781397Z","output_fields":{"proc.cmdline":"cat /dev/null"}}
 * }</pre>
 */
public final class AlertJson {
    private static final JsonFactory JSON = new JsonFactory();

    private AlertJson() {}

    public static String toJson(Alert a) {
        StringWriter w = new StringWriter(256);
        try {
            write(a, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes one alert, without a line break. */
    public static void write(Alert a, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("hostname", a.hostname());
            g.writeStringField("output", a.output());
            g.writeStringField("priority", a.priority().display());
            g.writeStringField("rule", a.rule());
            g.writeStringField("source", a.source());
            g.writeArrayFieldStart("tags");
            for (String t : a.tags()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeStringField("time", time(a.timeNanos()));
            g.writeObjectFieldStart("output_fields");
            for (Map.Entry<String, Object> f : a.outputFields().entrySet()) {
                g.writeFieldName(f.getKey());
                value(g, f.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case Long l -> g.writeNumber(l);
            case Boolean b -> g.writeBoolean(b);
            case List<?> l -> {
                g.writeStartArray();
                for (Object x : l) {
                    value(g, x);
                }
                g.writeEndArray();
            }
            default -> g.writeString(v.toString());
        }
    }

    /** RFC 3339 UTC with nanoseconds, as Falco writes {@code time}. */
    static String time(long nanos) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return t.toString().substring(0, 19) + "." + String.format(java.util.Locale.ROOT, "%09d", t.getNano()) + "Z";
    }
}

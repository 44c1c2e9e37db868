package dev.rampart.runtime.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams one field-map JSON object straight into a {@link FieldMapEvent}, without building a tree:
 * strings stay strings, integers become {@code Long}, booleans {@code Boolean}, arrays lists of
 * those; {@code null} means no value.
 */
public final class FieldMapJson {
    private static final JsonFactory JSON = new JsonFactory();

    private FieldMapJson() {}

    /**
     * Parses one line.
     *
     * @throws IOException when the line is not one JSON object
     */
    public static FieldMapEvent parse(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object");
            }
            FieldMapEvent.Builder b = FieldMapEvent.builder(EventSources.SYSCALL);
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                int slot = FieldSlots.slotOf(p.currentName());
                b.putSlot(slot, value(p, p.nextToken()));
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IOException("expected one JSON object per line");
            }
            return b.build();
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText() : p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                JsonToken x;
                while ((x = p.nextToken()) != JsonToken.END_ARRAY) {
                    Object v = value(p, x);
                    if (v != null) {
                        items.add(v);
                    }
                }
                yield items;
            }
            case START_OBJECT -> {
                p.skipChildren();
                yield null;
            }
            default -> throw new IOException("unexpected JSON token " + t);
        };
    }
}

package dev.rampart.runtime.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams one field-map JSON object straight into a {@link FieldMapEvent}, without building a tree:
 * strings stay strings, integers become {@code Long}, booleans {@code Boolean}, arrays lists of
 * those; {@code null} means no value. Short strings that repeat from event to event are shared
 * through a {@link StringCache}.
 */
public final class FieldMapJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int NAME_CACHE_SIZE = 1024;

    /** A field key, its characters and its slot. */
    private record NameSlot(String name, char[] chars, int slot) {}

    /**
     * Slots of recently seen keys, direct-mapped by hash. The parser hands out one canonical string
     * per key, so a hit is usually an identity check; entries are immutable, so sharing the array
     * between threads without locking is safe.
     */
    private static final NameSlot[] NAME_SLOTS = new NameSlot[NAME_CACHE_SIZE];
    /** The same for the scanner, which looks keys up by their characters. */
    private static final NameSlot[] CHAR_NAME_SLOTS = new NameSlot[NAME_CACHE_SIZE];

    private FieldMapJson() {}

    /**
     * Parses one line: plain flat lines through the {@link FieldMapScanner}, anything else through
     * Jackson.
     *
     * @throws IOException when the line is not one JSON object
     */
    public static FieldMapEvent parse(String line) throws IOException {
        FieldMapEvent fast = FieldMapScanner.scan(line);
        return fast != null ? fast : parseWithJackson(line);
    }

    /** Parses one line with Jackson alone (the reference the fast path is tested against). */
    static FieldMapEvent parseWithJackson(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object");
            }
            FieldMapEvent.Builder b = FieldMapEvent.builder(EventSources.SYSCALL);
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                int slot = slotOf(p.currentName());
                b.putSlot(slot, value(p, p.nextToken()));
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IOException("expected one JSON object per line");
            }
            return b.build();
        }
    }

    /** A key given as characters, for the scanner: its slot, through a cache of its own kind. */
    static int slotOf(char[] chars, int offset, int length) {
        int i = StringCache.hash(chars, offset, offset + length) & (NAME_CACHE_SIZE - 1);
        NameSlot cached = CHAR_NAME_SLOTS[i];
        if (cached != null && Arrays.equals(cached.chars, 0, cached.chars.length, chars, offset, offset + length)) {
            return cached.slot;
        }
        String name = new String(chars, offset, length);
        int slot = FieldSlots.slotOf(name);
        CHAR_NAME_SLOTS[i] = new NameSlot(name, name.toCharArray(), slot);
        return slot;
    }

    private static int slotOf(String name) {
        int i = name.hashCode() & (NAME_CACHE_SIZE - 1);
        NameSlot cached = NAME_SLOTS[i];
        if (cached != null && (cached.name == name || cached.name.equals(name))) {
            return cached.slot;
        }
        int slot = FieldSlots.slotOf(name);
        NAME_SLOTS[i] = new NameSlot(name, name.toCharArray(), slot);
        return slot;
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> StringCache.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText()
                    : StringCache.of(p.getLongValue());
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

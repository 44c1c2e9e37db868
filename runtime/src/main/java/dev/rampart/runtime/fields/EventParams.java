package dev.rampart.runtime.fields;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of the syscall events with the type and print format libscap's event table gives
 * them, read from {@code syscall-event-params.tsv}: what libsinsp needs to render {@code evt.rawarg.X}
 * and {@code evt.arg.X} (hexadecimal for {@code PF_HEX}, 0 for an empty numeric parameter).
 */
public final class EventParams {
    private static final String RESOURCE = "syscall-event-params.tsv";
    private static final Set<String> FORMATS = Set.of("NA", "DEC", "HEX", "OCT", "ID", "10_PADDED_DEC");
    private static final Set<String> NUMERIC = Set.of("INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32",
            "UINT64", "FLAGS8", "FLAGS16", "FLAGS32", "ENUMFLAGS8", "ENUMFLAGS16", "ENUMFLAGS32", "UID", "GID", "PID",
            "FD", "ERRNO", "ABSTIME", "RELTIME", "MODE", "SIGTYPE", "PORT", "L4PROTO", "SYSCALLID");
    private static volatile @Nullable EventParams syscall;

    /** How one parameter is typed and printed: {@code type} and {@code format} without libscap's PT_/PF_ prefix. */
    public record Param(String name, String type, String format) {
        public Param {
            if (name.isEmpty() || type.isEmpty()) {
                throw new IllegalArgumentException("parameter needs a name and a type: '" + name + "' '" + type + "'");
            }
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("parameter '" + name + "': unknown print format '" + format + "'");
            }
        }

        /** Whether the value is an integer (libsinsp reads an empty one as 0 in {@code evt.rawarg}). */
        public boolean isNumeric() {
            return NUMERIC.contains(type);
        }

        /** Flag sets, which {@code evt.arg} shows by name rather than by number. */
        public boolean isFlags() {
            return type.startsWith("FLAGS") || type.startsWith("ENUMFLAGS") || type.equals("MODE");
        }

        /** Bits of the value, as the event stores it (64 for the rest). */
        int width() {
            return switch (type) {
                case "INT8", "UINT8", "FLAGS8", "ENUMFLAGS8", "SIGTYPE", "L4PROTO" -> 8;
                case "INT16", "UINT16", "FLAGS16", "ENUMFLAGS16", "PORT", "SYSCALLID" -> 16;
                case "INT32", "UINT32", "FLAGS32", "ENUMFLAGS32", "UID", "GID", "MODE" -> 32;
                default -> 64;
            };
        }

        boolean isSigned() {
            return type.startsWith("INT") || type.equals("PID") || type.equals("FD") || type.equals("ERRNO");
        }

        /**
         * A number as {@code evt.rawarg} prints it: {@code %X} for {@code PF_HEX} (upper case, no {@code 0x}),
         * {@code %o} for {@code PF_OCT}, else decimal. A signed value below 64 bits is printed as C promotes it
         * to {@code int} (so -1 in hex is {@code FFFFFFFF}); an unsigned one is cut to its width.
         */
        public String rawText(long v) {
            return switch (format) {
                case "HEX" -> Long.toHexString(bits(v)).toUpperCase(Locale.ROOT);
                case "OCT" -> Long.toOctalString(bits(v));
                default -> Long.toString(v);
            };
        }

        /** A number as {@code evt.arg} prints it: as {@link #rawText} but {@code %#o} (a leading 0) for octal. */
        public String argText(long v) {
            String raw = rawText(v);
            return format.equals("OCT") && !raw.equals("0") ? "0" + raw : raw;
        }

        /** Whether the number prints otherwise than in decimal. */
        public boolean printsNonDecimal() {
            return format.equals("HEX") || format.equals("OCT");
        }

        private long bits(long v) {
            int w = width();
            if (w == 64) {
                return v;
            }
            return isSigned() ? v & 0xFFFF_FFFFL : v & ((1L << w) - 1);
        }
    }

    private final Map<String, Param> params;

    private EventParams(Map<String, Param> params) {
        this.params = Map.copyOf(params);
    }

    public static EventParams syscall() {
        EventParams s = syscall;
        if (s == null) {
            s = read();
            syscall = s;
        }
        return s;
    }

    /**
     * The parameter {@code name} of an event type in a direction ({@code >} enter, {@code <} exit), else the
     * same-named parameter of the other direction (libs 0.25 moved enter parameters to the exit events), or null.
     */
    public @Nullable Param find(String type, String dir, String name) {
        Param p = params.get(key(type, dir, name));
        return p != null ? p : params.get(key(type, dir.equals(">") ? "<" : ">", name));
    }

    public int size() {
        return params.size();
    }

    private static String key(String type, String dir, String name) {
        return type + '\t' + dir + '\t' + name;
    }

    private static EventParams read() {
        try (InputStream in = EventParams.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            Map<String, Param> out = new HashMap<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 6 || !(c[1].equals(">") || c[1].equals("<"))) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected event, direction (> or <),"
                            + " index, name, type, format: '" + line + "'");
                }
                out.putIfAbsent(key(c[0], c[1], c[3]), new Param(c[3], c[4], c[5]));
            }
            return new EventParams(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

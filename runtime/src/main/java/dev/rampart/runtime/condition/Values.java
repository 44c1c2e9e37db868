package dev.rampart.runtime.condition;

import dev.rampart.runtime.fields.FieldType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Literal parsing for each value kind, and the conversions applied to event values before they are
 * compared (an event may carry a number as text, or a boolean as a number).
 */
public final class Values {
    private Values() {}

    /** An IP network: address bytes and prefix length. */
    public record Cidr(byte[] address, int prefix) {
        public boolean contains(byte[] ip) {
            if (ip.length != address.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (ip[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (ip[full] & mask) == (address[full] & mask);
        }

        /** {@link #contains(byte[])} for an IPv4 address given as from {@link #ipv4(String)}. */
        public boolean containsIpv4(long ip) {
            if (address.length != 4) {
                return false;
            }
            long net = (address[0] & 0xFFL) << 24 | (address[1] & 0xFFL) << 16 | (address[2] & 0xFFL) << 8 | (address[3] & 0xFFL);
            long mask = prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
            return (ip & mask) == (net & mask);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.address, address);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(address) * 31 + prefix;
        }

        @Override
        public String toString() {
            return Arrays.toString(address) + "/" + prefix;
        }
    }

    /**
     * Reads a literal for a field of the given type.
     *
     * @throws IllegalArgumentException with a message naming the value when it is not valid for the type
     */
    public static Object parseLiteral(FieldType type, String text, Op op) {
        return switch (type.kind()) {
            case NUMBER -> parseNumber(text, type);
            case BOOL -> parseBool(text);
            case IPADDR -> {
                byte[] ip = parseIp(text);
                if (ip == null) {
                    throw new IllegalArgumentException("'" + text + "' is not a valid IP address");
                }
                yield ip;
            }
            case IPNET -> parseNet(text);
            case BYTES -> op == Op.BCONTAINS || op == Op.BSTARTSWITH ? parseHex(text) : text;
            case STRING, DYNAMIC -> text;
        };
    }

    private static Long parseNumber(String text, FieldType type) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid number for a field of type " + type);
        }
    }

    private static Boolean parseBool(String text) {
        return switch (text) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + text + "' is not a valid boolean: use true or false");
        };
    }

    private static Cidr parseNet(String text) {
        int slash = text.indexOf('/');
        byte[] ip = parseIp(slash < 0 ? text : text.substring(0, slash));
        if (ip == null) {
            throw new IllegalArgumentException("'" + text + "' is not a valid network (address/prefix)");
        }
        int prefix = ip.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > ip.length * 8) {
                throw new IllegalArgumentException("'" + text + "' has an invalid prefix length");
            }
        }
        return new Cidr(ip, prefix);
    }

    /** Hex text to a byte string (held as ISO-8859-1 characters, one per byte). */
    private static String parseHex(String text) {
        if (text.isEmpty() || text.length() % 2 != 0) {
            throw new IllegalArgumentException("'" + text + "' is not a valid hex byte string");
        }
        try {
            return new String(HexFormat.of().parseHex(text), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid hex byte string");
        }
    }

    /** An IPv4 dotted quad or an IPv6 literal; never a host name (no DNS). */
    public static byte @Nullable [] parseIp(String text) {
        if (text.indexOf(':') >= 0) {
            try {
                return InetAddress.getByName(text.startsWith("[") ? text : text).getAddress();
            } catch (UnknownHostException | SecurityException e) {
                return null;
            }
        }
        long v4 = ipv4(text);
        if (v4 < 0) {
            return null;
        }
        int a = (int) v4;
        return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
    }

    /** An IPv4 dotted quad as an unsigned 32-bit number, or -1 when {@code text} is not one. */
    public static long ipv4(String text) {
        long out = 0;
        int part = 0;
        int value = -1;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return -1;
                }
                out = (out << 8) | value;
                part++;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return part == 4 ? out : -1;
    }

    public static String toStr(Object v) {
        return v instanceof String s ? s : String.valueOf(v);
    }

    public static @Nullable Long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        String s = v.toString();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                return d == Math.rint(d) ? (long) d : null;
            } catch (NumberFormatException e2) {
                return null;
            }
        }
    }

    public static @Nullable Boolean toBool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        return switch (v.toString()) {
            case "true", "TRUE", "True" -> Boolean.TRUE;
            case "false", "FALSE", "False" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * Whether an event value is an address inside {@code net}: 1 inside, 0 outside, -1 when the
     * value is not an address. Dotted quads are read without allocating.
     */
    static int inNet(Object v, Cidr net) {
        if (v instanceof String s && s.indexOf(':') < 0) {
            long x = ipv4(s);
            return x < 0 ? -1 : net.containsIpv4(x) ? 1 : 0;
        }
        byte[] x = toIp(v);
        return x == null ? -1 : net.contains(x) ? 1 : 0;
    }

    /**
     * Whether an event value is the address {@code ip}: 1 same, 0 different, -1 when the value is not
     * an address. Dotted quads are read without allocating.
     */
    static int sameIp(Object v, byte[] ip) {
        if (v instanceof String s && s.indexOf(':') < 0) {
            long x = ipv4(s);
            if (x < 0) {
                return -1;
            }
            return ip.length == 4 && x == ((ip[0] & 0xFFL) << 24 | (ip[1] & 0xFFL) << 16 | (ip[2] & 0xFFL) << 8
                    | (ip[3] & 0xFFL)) ? 1 : 0;
        }
        byte[] x = toIp(v);
        return x == null ? -1 : Arrays.equals(x, ip) ? 1 : 0;
    }

    /** Whether an event value is an address inside one of {@code nets} (false when it is not an address). */
    static boolean inAnyNet(Object v, Cidr[] nets) {
        if (v instanceof String s && s.indexOf(':') < 0) {
            long x = ipv4(s);
            if (x < 0) {
                return false;
            }
            for (Cidr n : nets) {
                if (n.containsIpv4(x)) {
                    return true;
                }
            }
            return false;
        }
        byte[] x = toIp(v);
        if (x == null) {
            return false;
        }
        for (Cidr n : nets) {
            if (n.contains(x)) {
                return true;
            }
        }
        return false;
    }

    public static byte @Nullable [] toIp(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        return parseIp(v.toString());
    }
}

package dev.rampart.report.scan;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Paths and links as SARIF's URI properties need them (RFC 3986): {@code artifactLocation.uri} is a
 * relative reference, {@code helpUri} an absolute URI.
 */
final class SarifUris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUris() {}

    /**
     * An image path as a relative reference: the leading slash dropped, every byte that is not an
     * RFC 3986 path character percent-encoded. {@code :} is encoded too, so that a first segment
     * such as {@code c:} cannot read as a scheme; {@code !} (a sub-delimiter) stays, so
     * {@code /opt/app.war!/WEB-INF/lib/x.jar} becomes {@code opt/app.war!/WEB-INF/lib/x.jar}.
     */
    static String relative(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        StringBuilder b = new StringBuilder(relative.length());
        for (byte raw : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xff;
            if (isPathChar(c)) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return b.toString();
    }

    /** Unreserved, sub-delimiters, {@code @} and {@code /}. */
    private static boolean isPathChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
    }

    /** Whether {@code value} parses as an absolute URI ({@code https://...}), as {@code helpUri} must be. */
    static boolean isAbsolute(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

package dev.rampart.catalog.os;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses os-release(5): {@code KEY=value} lines, values optionally in single or double quotes
 * with backslash escapes; comments and blank lines ignored.
 * Spec: https://www.freedesktop.org/software/systemd/man/latest/os-release.html
 */
final class OsReleaseParser {
    private OsReleaseParser() {}

    static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            int eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
                continue;
            }
            fields.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
        }
        return fields;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1);
        }
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                c = v.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}

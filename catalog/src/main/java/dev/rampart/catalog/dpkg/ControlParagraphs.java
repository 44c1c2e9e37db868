package dev.rampart.catalog.dpkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Debian control data (deb822): paragraphs separated by blank lines, {@code Field: value}
 * lines, continuation lines starting with a space or tab. Field names are case-insensitive, so
 * they are kept as written and looked up through {@link Paragraph#get}.
 * Spec: https://www.debian.org/doc/debian-policy/ch-controlfields.html
 */
final class ControlParagraphs {
    private ControlParagraphs() {}

    /** One paragraph and the line it starts on (1-based), for messages. */
    record Paragraph(Map<String, String> fields, int line) {
        String get(String name) {
            for (var e : fields.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
            return "";
        }
    }

    static List<Paragraph> parse(String text) {
        List<Paragraph> out = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        int start = 1;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                if (!fields.isEmpty()) {
                    out.add(new Paragraph(fields, start));
                    fields = new LinkedHashMap<>();
                }
                last = null;
                start = lineNo + 1;
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                fields.merge(last, "\n" + line.substring(1), String::concat);
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip();
                fields.put(last, line.substring(colon + 1).strip());
            }
        }
        if (!fields.isEmpty()) {
            out.add(new Paragraph(fields, start));
        }
        return out;
    }
}

package dev.rampart.secret.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where tables and keys are in a TOML text, for error messages: the parser gives a tree without
 * positions, so the lines of {@code [[rules]]} headers and of keys are found here. Lines inside
 * multi-line strings are ignored. Lines are 1-based; 0 means not found.
 */
final class TomlLines {
    private final List<String> text = new ArrayList<>();
    private final boolean[] inString;
    private final Map<String, List<Integer>> headers = new HashMap<>();

    TomlLines(String source) {
        text.addAll(source.lines().toList());
        inString = new boolean[text.size()];
        boolean open = false;
        String delimiter = "";
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            inString[i] = open;
            if (!open) {
                String t = line.strip();
                if (t.startsWith("[[") && t.contains("]]")) {
                    headers.computeIfAbsent(t.substring(2, t.indexOf("]]")).strip(), k -> new ArrayList<>()).add(i + 1);
                }
            }
            for (String d : List.of("'''", "\"\"\"")) {
                int from = 0;
                int at;
                while ((at = line.indexOf(d, from)) >= 0) {
                    if (!open) {
                        open = true;
                        delimiter = d;
                    } else if (delimiter.equals(d)) {
                        open = false;
                    }
                    from = at + 3;
                }
            }
        }
    }

    /** The line of the {@code index}-th {@code [[name]]} header. */
    int header(String name, int index) {
        List<Integer> l = headers.get(name);
        return l == null || index >= l.size() ? 0 : l.get(index);
    }

    /** A top-level key: before the first table header. */
    int topKey(String key) {
        for (int i = 0; i < text.size(); i++) {
            String t = text.get(i).strip();
            if (!inString[i] && t.startsWith("[")) {
                return 0;
            }
            if (!inString[i] && isKey(t, key)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The first line at or after {@code tableLine} that sets {@code key} (or, for a key written as
     * {@code [table]}, is that header), before the next array-of-tables header.
     */
    int keyAfter(int tableLine, String key) {
        if (tableLine <= 0) {
            return 0;
        }
        for (int i = tableLine; i < text.size(); i++) {
            String t = text.get(i).strip();
            if (inString[i]) {
                continue;
            }
            if (t.startsWith("[[")) {
                return tableLine;
            }
            if (key.startsWith("[") ? t.startsWith(key) : isKey(t, key)) {
                return i + 1;
            }
        }
        return tableLine;
    }

    private static boolean isKey(String line, String key) {
        for (String k : List.of(key, "\"" + key + "\"", "'" + key + "'")) {
            if (line.startsWith(k)) {
                String rest = line.substring(k.length()).stripLeading();
                if (rest.startsWith("=")) {
                    return true;
                }
            }
        }
        return false;
    }
}

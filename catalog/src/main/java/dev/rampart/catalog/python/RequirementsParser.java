package dev.rampart.catalog.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pip requirements files ({@code requirements.txt}, {@code requirements-dev.txt}, ...): only
 * lines pinning one exact version ({@code name==1.2.3} or {@code name===1.2.3}, extras allowed)
 * say what is installed, so only those are reported. Comments, options ({@code -r}, {@code -e},
 * {@code --index-url}, ...), {@code --hash} options after a requirement, and environment markers
 * after {@code ;} are ignored; ranges, wildcards ({@code ==1.*}), URLs and bare names give nothing.
 * A line ending in {@code \} continues on the next.
 * Spec: https://pip.pypa.io/en/stable/reference/requirements-file-format/
 */
final class RequirementsParser {
    private static final Pattern PINNED = Pattern.compile(
            "([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[[^\\]]*\\])?\\s*===?\\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)");
    private static final Pattern TRAILING_OPTIONS = Pattern.compile("\\s+--?[A-Za-z].*$");

    private RequirementsParser() {}

    static LockedPackage.Result parse(String text) {
        List<LockedPackage> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            StringBuilder logical = new StringBuilder();
            String line = lines[i];
            while (line.endsWith("\\") && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1).append(' ');
                line = lines[++i];
            }
            logical.append(line);
            LockedPackage p = requirement(logical.toString(), first + 1);
            if (p != null) {
                out.add(p);
            }
        }
        return new LockedPackage.Result(out, List.of());
    }

    private static LockedPackage requirement(String line, int lineNo) {
        String s = stripComment(line).strip();
        if (s.isEmpty() || s.startsWith("-")) {
            return null;
        }
        int marker = s.indexOf(';');
        if (marker >= 0) {
            s = s.substring(0, marker);
        }
        s = TRAILING_OPTIONS.matcher(s).replaceFirst("").strip();
        Matcher m = PINNED.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return new LockedPackage(m.group(1), m.group(2), false, lineNo);
    }

    /** A {@code #} starts a comment at the start of a line or after white space (not inside a URL fragment). */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}

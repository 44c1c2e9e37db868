package dev.rampart.catalog.npm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Classic Yarn's {@code yarn.lock} ("yarn lockfile v1",
 * https://classic.yarnpkg.com/en/docs/yarn-lock). It looks like YAML but is not: keys and values are
 * separated by a space, and a YAML parser rejects it. The grammar is small enough to read line by line:
 *
 * <pre>{@code
 * # yarn lockfile v1
 *
 * "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":   <- entry: the specifiers it resolves
 *   version "7.12.13"                                         <- two spaces: a field of the entry
 *   integrity sha512-...
 *   dependencies:                                             <- a nested block; its lines have four spaces
 *     "@babel/highlight" "^7.12.13"
 * string-width-cjs@npm:string-width@^4.2.0:                   <- an alias: the package is string-width
 * }</pre>
 *
 * Every specifier of one entry names the same package, so the first one gives the name.
 * Specifiers with {@code file:} or {@code link:} ranges are local folders and are left out.
 * Yarn v1 does not record which packages are development dependencies.
 * Berry's lockfile, which is YAML, is read by {@link YarnBerryLockParser}; {@link #isBerry} tells them apart.
 */
final class YarnLockParser {
    private YarnLockParser() {}

    /** Berry lockfiles open with a {@code __metadata:} mapping; classic ones never have it. */
    static boolean isBerry(String text) {
        return text.startsWith("__metadata:") || text.contains("\n__metadata:");
    }

    /** @param skipped receives the entries left out for having no version */
    static List<LockedPackage> parse(String text, List<SkippedEntry> skipped) throws NpmFormatException {
        List<LockedPackage> out = new ArrayList<>();
        Entry entry = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent == 0) {
                finish(entry, out, skipped);
                if (!line.endsWith(":")) {
                    throw new NpmFormatException(i + 1, "expected an entry header ending in ':', found '" + abbreviate(line) + "'");
                }
                entry = new Entry(i + 1, specifiers(line.substring(0, line.length() - 1), i + 1));
            } else if (entry == null) {
                throw new NpmFormatException(i + 1, "indented line before the first entry");
            } else if (indent == 2) {
                entry.field(line.strip());
            }
        }
        finish(entry, out, skipped);
        return out;
    }

    private static void finish(@Nullable Entry entry, List<LockedPackage> out, List<SkippedEntry> skipped) {
        if (entry == null || entry.local) {
            return;
        }
        if (entry.version.isEmpty()) {
            skipped.add(new SkippedEntry(entry.line, "yarn.lock entry " + entry.name + " has no version; skipped"));
            return;
        }
        out.add(new LockedPackage(entry.name, entry.version, false, entry.integrity, List.of(), ""));
    }

    /** {@code "a@^1", a@^2} → {@code [a@^1, a@^2]}, unquoted; commas inside quotes stay. */
    static List<String> specifiers(String header, int line) throws NpmFormatException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < header.length()) {
                current.append(header.charAt(++i));
            } else if (c == ',' && !quoted) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new NpmFormatException(line, "unterminated quote in entry header");
        }
        out.add(current.toString().strip());
        if (out.getFirst().isEmpty()) {
            throw new NpmFormatException(line, "entry header names no package");
        }
        return out;
    }

    /** The package a specifier names: {@code @scope/a@^1} → {@code @scope/a}; an {@code npm:} alias → the real name. */
    static String nameOf(String specifier) {
        int at = specifier.indexOf('@', 1);
        if (at < 0) {
            return specifier;
        }
        String range = specifier.substring(at + 1);
        if (range.startsWith("npm:") && range.indexOf('@', 5) > 0) {
            return nameOf(range.substring(4));
        }
        return specifier.substring(0, at);
    }

    private static String rangeOf(String specifier) {
        int at = specifier.indexOf('@', 1);
        return at < 0 ? "" : specifier.substring(at + 1);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    /** One entry being read. */
    private static final class Entry {
        final int line;
        final String name;
        final boolean local;
        String version = "";
        String integrity = "";

        Entry(int line, List<String> specifiers) {
            this.line = line;
            String first = specifiers.getFirst();
            this.name = nameOf(first);
            String range = rangeOf(first).toLowerCase(Locale.ROOT);
            this.local = range.startsWith("file:") || range.startsWith("link:");
        }

        void field(String text) {
            int sp = text.indexOf(' ');
            if (sp < 0) {
                return;
            }
            String key = unquote(text.substring(0, sp));
            String value = unquote(text.substring(sp + 1).strip());
            switch (key) {
                case "version" -> version = value;
                case "integrity" -> integrity = value;
                default -> { }
            }
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s;
    }
}

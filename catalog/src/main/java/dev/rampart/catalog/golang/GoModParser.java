package dev.rampart.catalog.golang;

import dev.rampart.model.Issue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code go.mod}: the {@code module} path, {@code require} lines (single or in a
 * {@code require ( ... )} block, with {@code // indirect} marking modules only other modules need)
 * and {@code replace} lines ({@code old [version] => new [version]}, a new path without a version
 * being a local directory). Other directives ({@code go}, {@code toolchain}, {@code exclude},
 * {@code retract}, {@code tool}, ...) are skipped. Paths may be quoted.
 * Spec: https://go.dev/ref/mod#go-mod-file
 */
final class GoModParser {
    private GoModParser() {}

    record Require(String path, String version, boolean indirect, int line) {}

    record Replace(String oldPath, @Nullable String oldVersion, String newPath, @Nullable String newVersion) {}

    record GoMod(String module, List<Require> requires, List<Replace> replaces, List<Issue> issues) {
        /** The module a requirement resolves to after the replace directives: path and version. */
        Require resolve(Require r) {
            for (Replace x : replaces) {
                if (x.oldPath().equals(r.path()) && (x.oldVersion() == null || x.oldVersion().equals(r.version()))) {
                    return x.newVersion() == null ? r : new Require(x.newPath(), x.newVersion(), r.indirect(), r.line());
                }
            }
            return r;
        }
    }

    static GoMod parse(String file, String text) {
        String module = "";
        List<Require> requires = new ArrayList<>();
        List<Replace> replaces = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        String block = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String raw = lines[i];
            int comment = raw.indexOf("//");
            boolean indirect = comment >= 0 && raw.substring(comment + 2).strip().startsWith("indirect");
            List<String> tokens = tokens(comment >= 0 ? raw.substring(0, comment) : raw);
            if (tokens.isEmpty()) {
                continue;
            }
            String verb;
            List<String> args;
            if (block != null) {
                if (tokens.getFirst().equals(")")) {
                    block = null;
                    continue;
                }
                verb = block;
                args = tokens;
            } else {
                verb = tokens.getFirst();
                args = tokens.subList(1, tokens.size());
                if (args.size() == 1 && args.getFirst().equals("(")) {
                    block = verb;
                    continue;
                }
            }
            switch (verb) {
                case "module" -> module = args.isEmpty() ? "" : args.getFirst();
                case "require" -> {
                    if (args.size() == 2) {
                        requires.add(new Require(args.get(0), args.get(1), indirect, lineNo));
                    } else {
                        issues.add(new Issue(file + ":" + lineNo, "require needs a module path and a version, got '"
                                + raw.strip() + "'; skipped"));
                    }
                }
                case "replace" -> {
                    Replace r = replace(args);
                    if (r != null) {
                        replaces.add(r);
                    } else {
                        issues.add(new Issue(file + ":" + lineNo, "replace needs 'path [version] => path [version]', got '"
                                + raw.strip() + "'; skipped"));
                    }
                }
                default -> { }
            }
        }
        if (block != null) {
            issues.add(new Issue(file, block + " block is not closed with ')'"));
        }
        return new GoMod(module, requires, replaces, issues);
    }

    private static @Nullable Replace replace(List<String> args) {
        int arrow = args.indexOf("=>");
        if (arrow < 1 || arrow > 2 || args.size() - arrow - 1 < 1 || args.size() - arrow - 1 > 2) {
            return null;
        }
        return new Replace(args.get(0), arrow == 2 ? args.get(1) : null, args.get(arrow + 1),
                args.size() - arrow - 1 == 2 ? args.get(arrow + 2) : null);
    }

    /** White-space separated tokens; a {@code "..."} or {@code `...`} token may hold spaces. */
    private static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '`') {
                int end = line.indexOf(c, i + 1);
                end = end < 0 ? line.length() : end;
                out.add(line.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = i;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                out.add(line.substring(i, end));
                i = end;
            }
        }
        return out;
    }
}

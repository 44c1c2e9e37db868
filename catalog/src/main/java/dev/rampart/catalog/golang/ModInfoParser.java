package dev.rampart.catalog.golang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The module information text of a Go binary, one tab-separated record a line:
 * <pre>
 * path  github.com/evanw/esbuild/cmd/esbuild
 * mod   github.com/evanw/esbuild  (devel)
 * dep   golang.org/x/sys  v0.0.0-20220715151400-c0bba94af5f8  h1:0A+M...
 * =&gt;    golang.org/x/sys  v0.1.0  h1:...          (replaces the module line above it)
 * build GOARCH=amd64
 * </pre>
 * Format: the Go standard library's {@code runtime/debug.BuildInfo.String} and {@code ParseBuildInfo}
 * (https://pkg.go.dev/runtime/debug#BuildInfo). Unknown or short lines are skipped.
 */
final class ModInfoParser {
    private ModInfoParser() {}

    static GoBinary.BuildInfo parse(String goVersion, String text) {
        String path = "";
        GoBinary.Module main = null;
        List<GoBinary.Module> deps = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        boolean lastWasMain = false;
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "path" -> path = field(f, 1);
                case "mod" -> {
                    main = module(f);
                    lastWasMain = true;
                }
                case "dep" -> {
                    deps.add(module(f));
                    lastWasMain = false;
                }
                case "=>" -> {
                    GoBinary.Module replacement = module(f);
                    if (lastWasMain && main != null) {
                        main = withReplace(main, replacement);
                    } else if (!lastWasMain && !deps.isEmpty()) {
                        deps.set(deps.size() - 1, withReplace(deps.getLast(), replacement));
                    }
                }
                case "build" -> setting(field(f, 1), settings);
                default -> { }
            }
        }
        return new GoBinary.BuildInfo(goVersion, path, main == null || main.path().isEmpty() ? null : main,
                deps.stream().filter(d -> !d.path().isEmpty()).toList(), settings);
    }

    private static GoBinary.Module module(String[] f) {
        return new GoBinary.Module(field(f, 1), field(f, 2), field(f, 3), null);
    }

    private static GoBinary.Module withReplace(GoBinary.Module m, GoBinary.Module replacement) {
        return new GoBinary.Module(m.path(), m.version(), m.sum(), replacement);
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i] : "";
    }

    /** {@code key=value}, where Go quotes a key or value holding spaces, quotes or {@code =}. */
    private static void setting(String kv, Map<String, String> settings) {
        String key;
        String rest;
        if (kv.startsWith("\"")) {
            int end = closingQuote(kv, 0);
            if (end < 0) {
                return;
            }
            key = unquote(kv.substring(0, end + 1));
            rest = kv.substring(end + 1);
        } else {
            int eq = kv.indexOf('=');
            if (eq < 0) {
                return;
            }
            key = kv.substring(0, eq);
            rest = kv.substring(eq);
        }
        if (!rest.startsWith("=")) {
            return;
        }
        String value = rest.substring(1);
        settings.put(key, value.startsWith("\"") ? unquote(value) : value);
    }

    private static int closingQuote(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    /** A Go double-quoted string literal's common escapes; anything else is kept as written. */
    private static String unquote(String q) {
        int end = closingQuote(q, 0);
        String body = q.substring(1, end < 0 ? q.length() : end);
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static @Nullable String arch(GoBinary.BuildInfo info) {
        return info.settings().get("GOARCH");
    }
}

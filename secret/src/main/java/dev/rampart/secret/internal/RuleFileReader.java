package dev.rampart.secret.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rampart.secret.Allowlist;
import dev.rampart.secret.SecretRule;
import dev.rampart.secret.SecretRulesException;
import dev.rampart.secret.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the TOML rule file format (documented in {@code docs/secret-rules.md}) into rules,
 * allowlists and the ids to disable. Every error names the file and, where it can be told, the line
 * of the table or key at fault. Unknown keys are errors: a misspelt {@code regexp} must not silently
 * leave a rule without its expression.
 */
public final class RuleFileReader {
    private static final TomlMapper TOML = new TomlMapper();
    private static final Set<String> TOP = Set.of("builtin-rules", "disable", "rules", "allowlists");
    private static final Set<String> RULE = Set.of("id", "title", "severity", "keywords", "regex", "secret-group",
            "entropy", "window-lines", "files", "allowlist");
    private static final Set<String> ALLOWLIST = Set.of("description", "rules", "paths", "regexes", "stopwords");

    /** What one file says. */
    public record RuleFile(boolean builtinRules, List<String> disable, int disableLine, List<SecretRule> rules,
                           List<Integer> ruleLines, List<Allowlist> allowlists, List<Integer> allowlistLines) {}

    private final String source;
    private final TomlLines lines;

    private RuleFileReader(String source, String text) {
        this.source = source;
        this.lines = new TomlLines(text);
    }

    public static RuleFile read(String source, String text) throws SecretRulesException {
        return new RuleFileReader(source, text).read(text);
    }

    private RuleFile read(String text) throws SecretRulesException {
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new SecretRulesException(where + ": not valid TOML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            return new RuleFile(true, List.of(), 0, List.of(), List.of(), List.of(), List.of());
        }
        unknownKeys(root, TOP, "", 0);
        boolean builtin = true;
        if (root.has("builtin-rules")) {
            JsonNode b = root.get("builtin-rules");
            if (!b.isBoolean()) {
                throw error(lines.topKey("builtin-rules"), "builtin-rules must be true or false");
            }
            builtin = b.booleanValue();
        }
        int disableLine = lines.topKey("disable");
        List<String> disable = strings(root, "disable", "", disableLine);

        List<SecretRule> rules = new ArrayList<>();
        List<Integer> ruleLines = new ArrayList<>();
        for (int i = 0; i < count(root, "rules"); i++) {
            int line = lines.header("rules", i);
            rules.add(rule(root.get("rules").get(i), i, line));
            ruleLines.add(line);
        }
        List<Allowlist> allowlists = new ArrayList<>();
        List<Integer> allowlistLines = new ArrayList<>();
        for (int i = 0; i < count(root, "allowlists"); i++) {
            int line = lines.header("allowlists", i);
            JsonNode a = root.get("allowlists").get(i);
            if (!a.isObject()) {
                throw error(line, "allowlists[" + i + "] must be a table ([[allowlists]])");
            }
            allowlists.add(allowlist(a, "allowlists[" + i + "]", line, true));
            allowlistLines.add(line);
        }
        return new RuleFile(builtin, disable, disableLine, rules, ruleLines, allowlists, allowlistLines);
    }

    private int count(JsonNode root, String key) throws SecretRulesException {
        JsonNode n = root.get(key);
        if (n == null) {
            return 0;
        }
        if (!n.isArray()) {
            throw error(lines.topKey(key), key + " must be an array of tables ([[" + key + "]])");
        }
        return n.size();
    }

    private SecretRule rule(JsonNode r, int index, int line) throws SecretRulesException {
        String what = "rules[" + index + "]";
        if (!r.isObject()) {
            throw error(line, what + " must be a table ([[rules]])");
        }
        String id = string(r, "id", what, line, null);
        what = "rule '" + id + "'";
        unknownKeys(r, RULE, what + ": ", line);
        String regex = string(r, "regex", what, line, null);
        try {
            Allowlist allow = r.has("allowlist")
                    ? allowlist(r.get("allowlist"), what + ": allowlist", lines.keyAfter(line, "[rules.allowlist]"), false)
                    : Allowlist.NONE;
            int group = r.has("secret-group") ? integer(r, "secret-group", what, line) : SecretRule.defaultSecretGroup(regex);
            double entropy = 0;
            if (r.has("entropy")) {
                JsonNode e = r.get("entropy");
                if (!e.isNumber()) {
                    throw error(lines.keyAfter(line, "entropy"), what + ": entropy must be a number (bits per character)");
                }
                entropy = e.doubleValue();
            }
            int window = r.has("window-lines") ? integer(r, "window-lines", what, line) : SecretRule.WHOLE_FILE;
            return new SecretRule(id, string(r, "title", what, line, id), severity(r, what, line),
                    strings(r, "keywords", what + ": ", line), regex, group, entropy, window,
                    strings(r, "files", what + ": ", line), allow);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage().startsWith("rule '") ? e.getMessage() : what + ": " + e.getMessage();
            throw error(lineOfProblem(line, message), message);
        }
    }

    /** Words in a constructor's message, most specific first, and the key each points at. */
    private static final List<String[]> NEEDLES = List.of(
            new String[] {" secret-group ", "secret-group"}, new String[] {" entropy ", "entropy"},
            new String[] {" window-lines ", "window-lines"},
            new String[] {" keyword ", "keywords"}, new String[] {" files[", "files"}, new String[] {" title ", "title"},
            new String[] {" paths[", "paths"}, new String[] {" regexes[", "regexes"}, new String[] {" stopwords", "stopwords"},
            new String[] {" regex ", "regex"});

    /** The line of the key a constructor's message names ("rule 'x': regex is ..."), else the table's line. */
    private int lineOfProblem(int tableLine, String message) {
        for (String[] needle : NEEDLES) {
            if (message.contains(needle[0])) {
                int l = lines.keyAfter(tableLine, needle[1]);
                if (l > 0) {
                    return l;
                }
            }
        }
        return tableLine;
    }

    private Severity severity(JsonNode r, String what, int line) throws SecretRulesException {
        String s = string(r, "severity", what, line, "MEDIUM");
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw error(lines.keyAfter(line, "severity"), what + ": " + e.getMessage());
        }
    }

    private Allowlist allowlist(JsonNode a, String what, int line, boolean mayNameRules) throws SecretRulesException {
        if (!a.isObject()) {
            throw error(line, what + " must be a table");
        }
        unknownKeys(a, ALLOWLIST, what + ": ", line);
        if (!mayNameRules && a.has("rules")) {
            throw error(lines.keyAfter(line, "rules"), what + ": a rule's own allowlist cannot name rules");
        }
        try {
            return new Allowlist(string(a, "description", what, line, ""), strings(a, "rules", what + ": ", line),
                    strings(a, "paths", what + ": ", line), strings(a, "regexes", what + ": ", line),
                    strings(a, "stopwords", what + ": ", line));
        } catch (IllegalArgumentException e) {
            throw error(lineOfProblem(line, what + ": " + e.getMessage()), what + ": " + e.getMessage());
        }
    }

    private String string(JsonNode n, String key, String what, int line, String fallback) throws SecretRulesException {
        JsonNode v = n.get(key);
        if (v == null) {
            if (fallback == null) {
                throw error(line, what + ": '" + key + "' is missing");
            }
            return fallback;
        }
        if (!v.isTextual()) {
            throw error(lines.keyAfter(line, key), what + ": '" + key + "' must be a string");
        }
        return v.textValue();
    }

    private int integer(JsonNode n, String key, String what, int line) throws SecretRulesException {
        JsonNode v = n.get(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw error(lines.keyAfter(line, key), what + ": '" + key + "' must be a whole number");
        }
        return v.intValue();
    }

    private List<String> strings(JsonNode n, String key, String prefix, int line) throws SecretRulesException {
        JsonNode v = n.get(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(line == 0 ? lines.topKey(key) : lines.keyAfter(line, key), prefix + "'" + key + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw error(line == 0 ? lines.topKey(key) : lines.keyAfter(line, key), prefix + "'" + key + "' must hold strings only");
            }
            out.add(e.textValue());
        }
        return out;
    }

    private void unknownKeys(JsonNode n, Set<String> allowed, String prefix, int line) throws SecretRulesException {
        Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) n).properties().iterator();
        while (it.hasNext()) {
            String key = it.next().getKey();
            if (!allowed.contains(key)) {
                int at = line == 0 ? lines.topKey(key) : lines.keyAfter(line, key);
                throw error(at, prefix + "unknown key '" + key + "' (expected one of " + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    public SecretRulesException error(int line, String message) {
        return new SecretRulesException((line > 0 ? source + ":" + line : source) + ": " + message);
    }
}

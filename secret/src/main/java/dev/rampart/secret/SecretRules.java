package dev.rampart.secret;

import dev.rampart.secret.internal.RuleFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of rules and allowlists: the built-in ones, optionally merged with a user's TOML file
 * (format in {@code docs/secret-rules.md}).
 *
 * <p>Merging a user file, in this order: start from the built-in rules and allowlists (unless the
 * file says {@code builtin-rules = false}); the file's rules come first, and one with the id of a
 * built-in rule replaces it; the file's allowlists are added; the ids in {@code disable} are removed.
 * Order matters only when two rules find overlapping secrets: the earlier rule's finding is kept.
 *
 * <pre>{@code
 * SecretRules rules = SecretRules.load(Path.of("rules.toml"));   // built-ins + the file
 * rules.ids() -> [acme-token, aws-access-key-id, ...]
 * }</pre>
 *
 * @param rules in priority order, ids unique
 * @param allowlists each applies to the rules it names, or to all when it names none
 */
public record SecretRules(List<SecretRule> rules, List<Allowlist> allowlists) {
    /** Bump when the meaning of a rule set changes in a way its text does not show (matching, masking). */
    public static final int ENGINE_VERSION = 1;
    private static final String BUILTIN = "builtin-rules.toml";
    private static volatile SecretRules builtIn;

    public SecretRules {
        rules = List.copyOf(rules);
        allowlists = List.copyOf(allowlists);
        Set<String> ids = new HashSet<>();
        for (SecretRule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("rule id '" + r.id() + "' appears more than once");
            }
        }
        if (rules.size() > SecretLimits.DEFAULT.maxRules()) {
            throw new IllegalArgumentException(rules.size() + " rules is more than " + SecretLimits.DEFAULT.maxRules()
                    + " (SecretLimits.maxRules)");
        }
    }

    /** The rules Rampart ships: see {@code docs/secret-rules.md} for the list and where each format is documented. */
    public static SecretRules builtIn() {
        SecretRules b = builtIn;
        if (b == null) {
            try (InputStream in = SecretRules.class.getResourceAsStream(BUILTIN)) {
                if (in == null) {
                    throw new IllegalStateException(BUILTIN + " is missing from the rampart-secret jar");
                }
                RuleFileReader.RuleFile f = RuleFileReader.read(BUILTIN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                b = new SecretRules(f.rules(), f.allowlists());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SecretRulesException e) {
                throw new IllegalStateException("built-in secret rules do not load: " + e.getMessage(), e);
            }
            builtIn = b;
        }
        return b;
    }

    /** No rules at all. */
    public static SecretRules none() {
        return new SecretRules(List.of(), List.of());
    }

    /**
     * The built-in rules merged with a user's rule file.
     *
     * @throws SecretRulesException one line naming the file, the line and the problem
     */
    public static SecretRules load(Path toml) throws SecretRulesException {
        return load(toml, SecretLimits.DEFAULT);
    }

    public static SecretRules load(Path toml, SecretLimits limits) throws SecretRulesException {
        byte[] bytes;
        try {
            long size = Files.size(toml);
            if (size > limits.maxRuleFileBytes()) {
                throw new SecretRulesException(toml + ": " + size + " bytes is more than " + limits.maxRuleFileBytes()
                        + " (SecretLimits.maxRuleFileBytes)");
            }
            bytes = Files.readAllBytes(toml);
        } catch (IOException e) {
            throw new SecretRulesException(toml + ": cannot be read: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SecretRulesException(toml + ": not UTF-8 text (TOML files are UTF-8)", e);
        }
        return parse(toml.toString(), text, limits);
    }

    /**
     * Merges rule-file text with the built-in rules.
     *
     * @param source names the text in messages (a file name)
     */
    public static SecretRules parse(String source, String toml, SecretLimits limits) throws SecretRulesException {
        if (toml.length() > limits.maxRuleFileBytes()) {
            throw new SecretRulesException(source + ": more than " + limits.maxRuleFileBytes()
                    + " bytes (SecretLimits.maxRuleFileBytes)");
        }
        RuleFileReader.RuleFile f = RuleFileReader.read(source, toml);
        SecretRules base = f.builtinRules() ? builtIn() : none();
        Map<String, SecretRule> merged = new LinkedHashMap<>();
        for (int i = 0; i < f.rules().size(); i++) {
            SecretRule r = f.rules().get(i);
            if (merged.put(r.id(), r) != null) {
                throw new SecretRulesException(source + ":" + f.ruleLines().get(i) + ": rule id '" + r.id()
                        + "' appears more than once in this file");
            }
        }
        for (SecretRule r : base.rules()) {
            merged.putIfAbsent(r.id(), r);
        }
        for (String id : f.disable()) {
            if (merged.remove(id) == null) {
                throw new SecretRulesException(where(source, f.disableLine()) + "disable: no rule '" + id + "'"
                        + (f.builtinRules() ? "" : " (builtin-rules = false: only this file's rules exist)"));
            }
        }
        for (int i = 0; i < f.allowlists().size(); i++) {
            for (String id : f.allowlists().get(i).rules()) {
                if (!merged.containsKey(id)) {
                    throw new SecretRulesException(where(source, f.allowlistLines().get(i)) + "allowlist names no rule '"
                            + id + "'" + (f.disable().contains(id) ? " (it is disabled)" : ""));
                }
            }
        }
        if (merged.size() > limits.maxRules()) {
            throw new SecretRulesException(source + ": " + merged.size() + " rules is more than " + limits.maxRules()
                    + " (SecretLimits.maxRules)");
        }
        List<Allowlist> allowlists = new ArrayList<>(base.allowlists());
        allowlists.addAll(f.allowlists());
        return new SecretRules(new ArrayList<>(merged.values()), allowlists);
    }

    private static String where(String source, int line) {
        return line > 0 ? source + ":" + line + ": " : source + ": ";
    }

    public List<String> ids() {
        return rules.stream().map(SecretRule::id).toList();
    }

    /** These rules without the ones named. */
    public SecretRules without(Set<String> ids) {
        return new SecretRules(rules.stream().filter(r -> !ids.contains(r.id())).toList(), allowlists);
    }

    /** These rules with one more allowlist. */
    public SecretRules with(Allowlist allowlist) {
        List<Allowlist> all = new ArrayList<>(allowlists);
        all.add(allowlist);
        return new SecretRules(rules, all);
    }

    /**
     * A stable digest of the rules and the engine version, to fold into cache keys: results
     * recorded under one fingerprint are what these rules find.
     */
    public String fingerprint() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(("engine " + ENGINE_VERSION + "\n" + this).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.rampart.secret;

import dev.rampart.secret.internal.Regexes;
import java.util.List;
import java.util.Locale;

/**
 * What not to report. A match is dropped when its file's path matches one of {@code paths}, or
 * its secret matches one of {@code regexes}, or its secret contains one of {@code stopwords}.
 *
 * <pre>{@code
 * new Allowlist("fixtures", List.of(), List.of("^/src/test/"), List.of(), List.of("dummy"))
 *   drops any secret in /src/test/..., and any secret containing "dummy" or "DUMMY"
 * }</pre>
 *
 * @param description why these are allowed, for the reader of the rule file
 * @param rules ids of the rules this allowlist applies to; empty means every rule. Inside a rule's
 *              own allowlist it must be empty
 * @param paths RE2 expressions searched (not anchored) in the absolute path, e.g. {@code /etc/app/x.conf}
 * @param regexes RE2 expressions searched (not anchored) in the secret
 * @param stopwords substrings of the secret, compared ignoring ASCII case
 */
public record Allowlist(String description, List<String> rules, List<String> paths, List<String> regexes,
                        List<String> stopwords) {
    public static final Allowlist NONE = new Allowlist("", List.of(), List.of(), List.of(), List.of());

    public Allowlist {
        rules = List.copyOf(rules);
        paths = List.copyOf(paths);
        regexes = List.copyOf(regexes);
        stopwords = stopwords.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < paths.size(); i++) {
            Regexes.compile(paths.get(i), "allowlist paths[" + i + "]", SecretLimits.DEFAULT);
        }
        for (int i = 0; i < regexes.size(); i++) {
            Regexes.compile(regexes.get(i), "allowlist regexes[" + i + "]", SecretLimits.DEFAULT);
        }
        for (String s : stopwords) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("allowlist stopwords: an empty stopword would allow every secret");
            }
        }
    }

    public boolean isEmpty() {
        return paths.isEmpty() && regexes.isEmpty() && stopwords.isEmpty();
    }
}

package dev.rampart.secret;

import com.google.re2j.Pattern;
import dev.rampart.secret.internal.Regexes;
import java.util.List;

/**
 * One kind of secret: how to find it cheaply (keywords), exactly (an RE2 expression) and how to
 * tell it from look-alikes (entropy, allowlist).
 *
 * <pre>{@code
 * new SecretRule("github-pat", "GitHub personal access token", Severity.CRITICAL,
 *         List.of("ghp_"), "\\b(ghp_[A-Za-z0-9]{36})\\b", 1, 0, 0, List.of(), Allowlist.NONE)
 * }</pre>
 *
 * @param id stable lower-case identifier ({@code [a-z0-9][a-z0-9-]*}), used to disable or allowlist the rule
 * @param title one line for people
 * @param keywords the regex runs only on files containing at least one of these (ASCII case ignored);
 *                 empty means the regex runs on every file
 * @param regex an RE2 expression (linear time: no backreferences, no lookaround)
 * @param secretGroup the capture group that is the secret; 0 is the whole match
 * @param minEntropy minimum Shannon entropy of the secret in bits per character; 0 for no check
 * @param windowLines {@link #WHOLE_FILE} (-1): the regex runs over the whole file. 0 or more: it runs
 *                    only on the lines holding a keyword, with this many lines before and after each
 *                    (a match must then lie within them). For rules whose match always contains a
 *                    keyword, this saves running the regex over long files that merely mention one
 * @param files RE2 expressions: when not empty, the rule applies only to files whose path matches
 *              one (and never to image config values)
 * @param allowlist this rule's own exceptions ({@link Allowlist#rules()} empty)
 */
public record SecretRule(String id, String title, Severity severity, List<String> keywords, String regex,
                         int secretGroup, double minEntropy, int windowLines, List<String> files, Allowlist allowlist) {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final int MAX_KEYWORD_LENGTH = 64;
    public static final int WHOLE_FILE = -1;
    public static final int MAX_WINDOW_LINES = 1_000;

    public SecretRule {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id
                    + "' must be 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit");
        }
        String what = "rule '" + id + "'";
        if (title.isBlank()) {
            throw new IllegalArgumentException(what + ": title is blank");
        }
        keywords = keywords.stream().map(SecretRule::asciiLowerCase).toList();
        for (String k : keywords) {
            if (k.isEmpty() || k.length() > MAX_KEYWORD_LENGTH) {
                throw new IllegalArgumentException(what + ": keyword '" + k + "' must be 1 to "
                        + MAX_KEYWORD_LENGTH + " characters");
            }
        }
        Pattern p = Regexes.compile(regex, what + ": regex", SecretLimits.DEFAULT);
        if (secretGroup < 0 || secretGroup > p.groupCount()) {
            throw new IllegalArgumentException(what + ": secret-group " + secretGroup + " does not exist; the regex has "
                    + p.groupCount() + " capture group(s)");
        }
        if (!(minEntropy >= 0 && minEntropy <= 32)) {
            throw new IllegalArgumentException(what + ": entropy " + minEntropy + " must be between 0 and 32 bits per character");
        }
        if (windowLines < WHOLE_FILE || windowLines > MAX_WINDOW_LINES) {
            throw new IllegalArgumentException(what + ": window-lines " + windowLines + " must be between 0 and "
                    + MAX_WINDOW_LINES + " (or absent for the whole file)");
        }
        if (windowLines != WHOLE_FILE && keywords.isEmpty()) {
            throw new IllegalArgumentException(what + ": window-lines needs keywords: the window is around their lines");
        }
        files = List.copyOf(files);
        for (int i = 0; i < files.size(); i++) {
            Regexes.compile(files.get(i), what + ": files[" + i + "]", SecretLimits.DEFAULT);
        }
        if (!allowlist.rules().isEmpty()) {
            throw new IllegalArgumentException(what + ": its own allowlist cannot name rules " + allowlist.rules());
        }
    }

    /** Keywords ignore ASCII case only, as the automaton does: other letters are kept as written. */
    private static String asciiLowerCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }

    /** The conventional secret group: 1 when the regex has a capture group, else the whole match. */
    public static int defaultSecretGroup(String regex) {
        return Regexes.compile(regex, "regex", SecretLimits.DEFAULT).groupCount() > 0 ? 1 : 0;
    }
}

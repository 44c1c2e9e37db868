package dev.rampart.secret.internal;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.rampart.secret.SecretLimits;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles user and built-in expressions with RE2/J inside the bounds of {@link SecretLimits}.
 *
 * <p>A rule's expression is compiled when the rule is checked and again when a scanner is built;
 * compiled patterns are immutable and thread-safe, so the last {@value #CACHED} distinct
 * expressions are kept and shared. The bounds are checked on every call, cached or not.
 */
public final class Regexes {
    static final int CACHED = 512;

    private static final Map<String, Pattern> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
                    return size() > CACHED;
                }
            });

    private Regexes() {}

    /**
     * @param what names the expression in messages, e.g. {@code "rule 'x': regex"}
     * @throws IllegalArgumentException one line: what, and why it was refused
     */
    public static Pattern compile(String regex, String what, SecretLimits limits) {
        if (regex.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (regex.length() > limits.maxRegexLength()) {
            throw new IllegalArgumentException(what + " is " + regex.length() + " characters, more than "
                    + limits.maxRegexLength() + " (SecretLimits.maxRegexLength)");
        }
        long estimate = RegexBudget.estimate(regex);
        if (estimate > limits.maxRegexProgramSize()) {
            throw new IllegalArgumentException(what + " would compile to about " + estimate
                    + " instructions, more than " + limits.maxRegexProgramSize()
                    + " (SecretLimits.maxRegexProgramSize); use smaller counted repetitions such as {1,64}");
        }
        Pattern p = CACHE.get(regex);
        if (p == null) {
            try {
                p = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(what + " is not a valid RE2 expression: " + e.getMessage()
                        + " (RE2 has no backreferences or lookaround)", e);
            }
            CACHE.put(regex, p);
        }
        if (p.programSize() > limits.maxRegexProgramSize()) {
            throw new IllegalArgumentException(what + " compiles to " + p.programSize() + " instructions, more than "
                    + limits.maxRegexProgramSize() + " (SecretLimits.maxRegexProgramSize)");
        }
        return p;
    }
}

package dev.rampart.runtime.condition;

/**
 * fnmatch(3) without FNM_PATHNAME, as Falco's {@code glob} uses it: {@code *} matches any run of
 * characters including '/', {@code ?} one character, {@code [...]} a class ({@code !} or {@code ^}
 * negates, {@code a-z} ranges), and a backslash escapes the next character.
 */
public final class Glob {
    private Glob() {}

    public static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int starP = -1;
        int starT = -1;
        while (t < text.length()) {
            if (p < pattern.length()) {
                char c = pattern.charAt(p);
                if (c == '*') {
                    starP = p++;
                    starT = t;
                    continue;
                }
                int next = matchOne(pattern, p, text.charAt(t));
                if (next >= 0) {
                    p = next;
                    t++;
                    continue;
                }
            }
            if (starP < 0) {
                return false;
            }
            p = starP + 1;
            t = ++starT;
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** Matches one pattern element at {@code p} against {@code c}; returns the next pattern index or -1. */
    private static int matchOne(String pattern, int p, char c) {
        char pc = pattern.charAt(p);
        if (pc == '?') {
            return p + 1;
        }
        if (pc == '\\' && p + 1 < pattern.length()) {
            return pattern.charAt(p + 1) == c ? p + 2 : -1;
        }
        if (pc == '[') {
            return matchClass(pattern, p, c);
        }
        return pc == c ? p + 1 : -1;
    }

    private static int matchClass(String pattern, int p, char c) {
        int i = p + 1;
        boolean negate = i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^');
        if (negate) {
            i++;
        }
        boolean matched = false;
        boolean first = true;
        while (i < pattern.length() && (first || pattern.charAt(i) != ']')) {
            first = false;
            char lo = pattern.charAt(i);
            if (lo == '\\' && i + 1 < pattern.length()) {
                lo = pattern.charAt(++i);
            }
            if (i + 2 < pattern.length() && pattern.charAt(i + 1) == '-' && pattern.charAt(i + 2) != ']') {
                char hi = pattern.charAt(i + 2);
                matched |= c >= lo && c <= hi;
                i += 3;
            } else {
                matched |= c == lo;
                i++;
            }
        }
        if (i >= pattern.length()) {
            return pattern.charAt(p) == c ? p + 1 : -1; // no closing ']': a literal '['
        }
        return matched != negate ? i + 1 : -1;
    }
}

package dev.rampart.secret.internal;

import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * An upper estimate of the size of the program RE2/J compiles from a pattern, computed from the
 * text alone so that it can be checked <em>before</em> compiling.
 *
 * <p>Why: RE2/J matches in time linear in the input, but its compiled program is as large as the
 * pattern with every counted repetition unrolled, and it accepts nested counts:
 * {@code ((a{1000}){1000}){1000}} would unroll to a billion instructions and exhaust memory while
 * compiling. Each {@code {n,m}} multiplies the size of what it repeats by {@code max(n, m)}; this
 * estimate follows that rule, and rules whose estimate is over the limit are refused.
 *
 * <pre>{@code
 * estimate("ghp_[A-Za-z0-9]{36}") -> 44
 * estimate("(a{1000}){1000}")    -> about 2 million
 * }</pre>
 */
public final class RegexBudget {
    private RegexBudget() {}

    private static final class Frame {
        long total;
        long last;
    }

    public static long estimate(String re) {
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        Frame f = new Frame();
        int i = 0;
        int n = re.length();
        while (i < n) {
            char c = re.charAt(i);
            switch (c) {
                case '\\' -> {
                    int end = skipEscape(re, i);
                    // \Q...\E is one literal instruction per character; any other escape is one instruction
                    long size = i + 1 < n && re.charAt(i + 1) == 'Q' ? Math.max(1, end - i - 4) : 1;
                    i = end;
                    f.last = size;
                    f.total += size;
                    continue;
                }
                case '[' -> {
                    i = skipClass(re, i);
                    f.last = 1;
                    f.total += 1;
                    continue;
                }
                case '(' -> {
                    int close = flagsOnly(re, i);
                    if (close > 0) {
                        i = close + 1;
                        continue;
                    }
                    stack.push(f);
                    f = new Frame();
                }
                case ')' -> {
                    long inner = f.total + 2;
                    f = stack.isEmpty() ? new Frame() : stack.pop();
                    f.last = inner;
                    f.total = saturatedAdd(f.total, inner);
                }
                case '|' -> {
                    f.total += 1;
                    f.last = 0;
                }
                case '*', '+', '?' -> {
                    f.total += 1;
                    if (i + 1 < n && re.charAt(i + 1) == '?') {
                        i++;
                    }
                }
                case '{' -> {
                    int end = re.indexOf('}', i);
                    long[] counts = end < 0 ? null : repeat(re.substring(i + 1, end));
                    if (counts == null) {
                        f.last = 1;
                        f.total += 1;
                    } else {
                        // x{n,m} is m copies of x, one split before each optional copy; x{n,} is n copies and a loop
                        long copies = counts[0];
                        long splits = counts[1];
                        f.total = saturatedAdd(f.total, saturatedAdd(saturatedMul(f.last, Math.max(0, copies - 1)), splits));
                        f.last = saturatedMul(f.last, Math.max(1, copies));
                        i = end;
                        if (i + 1 < n && re.charAt(i + 1) == '?') {
                            i++;
                        }
                    }
                }
                default -> {
                    f.last = 1;
                    f.total += 1;
                }
            }
            i++;
        }
        while (!stack.isEmpty()) {
            long inner = f.total + 2;
            f = stack.pop();
            f.total = saturatedAdd(f.total, inner);
        }
        return saturatedAdd(f.total, OVERHEAD);
    }

    /** What every program has: the implicit capture of the whole match, a match and a fail instruction. */
    private static final int OVERHEAD = 4;

    /** {@code n}, {@code n,} or {@code n,m}: {copies, splits}, or null when the text is not a repeat. */
    private static long @Nullable [] repeat(String body) {
        int comma = body.indexOf(',');
        String lo = comma < 0 ? body : body.substring(0, comma);
        String hi = comma < 0 ? "" : body.substring(comma + 1);
        if (!digits(lo) || !(hi.isEmpty() || digits(hi))) {
            return null;
        }
        long low = Long.parseLong(lo.length() > 9 ? "999999999" : lo);
        if (comma < 0) {
            return new long[] {low, 0};
        }
        if (hi.isEmpty()) {
            return new long[] {Math.max(low, 1), 1};
        }
        long high = Math.max(low, Long.parseLong(hi.length() > 9 ? "999999999" : hi));
        return new long[] {high, high - low};
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    /** For {@code (?i)} and similar: the index of its ')', or -1 when the group has content. */
    private static int flagsOnly(String re, int open) {
        if (open + 1 >= re.length() || re.charAt(open + 1) != '?') {
            return -1;
        }
        for (int j = open + 2; j < re.length(); j++) {
            char c = re.charAt(j);
            if (c == ')') {
                return j;
            }
            if (!(Character.isLetter(c) || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    private static int skipEscape(String re, int i) {
        if (i + 1 >= re.length()) {
            return i + 1;
        }
        char e = re.charAt(i + 1);
        if (e == 'Q') {
            int end = re.indexOf("\\E", i + 2);
            return end < 0 ? re.length() : end + 2;
        }
        if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < re.length() && re.charAt(i + 2) == '{') {
            int end = re.indexOf('}', i + 2);
            return end < 0 ? re.length() : end + 1;
        }
        return i + 2;
    }

    private static int skipClass(String re, int i) {
        int j = i + 1;
        if (j < re.length() && re.charAt(j) == '^') {
            j++;
        }
        if (j < re.length() && re.charAt(j) == ']') {
            j++;
        }
        while (j < re.length()) {
            char c = re.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == '[' && j + 1 < re.length() && re.charAt(j + 1) == ':') {
                int end = re.indexOf(":]", j + 2);
                j = end < 0 ? j + 1 : end + 2;
            } else if (c == ']') {
                return j + 1;
            } else {
                j++;
            }
        }
        return re.length();
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatedMul(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}

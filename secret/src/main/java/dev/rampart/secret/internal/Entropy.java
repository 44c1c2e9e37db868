package dev.rampart.secret.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Shannon entropy of a string in bits per character: how unpredictable its characters are.
 * Random base64 is near 6, random hex near 4, English words and placeholders such as
 * {@code changeme} or {@code xxxxxxxx} well under 3.
 *
 * <pre>{@code
 * bitsPerChar("aaaa") -> 0.0
 * bitsPerChar("abcd") -> 2.0
 * }</pre>
 */
public final class Entropy {
    private Entropy() {}

    public static double bitsPerChar(String s) {
        int n = s.codePointCount(0, s.length());
        if (n == 0) {
            return 0;
        }
        int[] ascii = new int[128];
        Map<Integer, Integer> other = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                ascii[cp]++;
            } else {
                if (other == null) {
                    other = new HashMap<>();
                }
                other.merge(cp, 1, Integer::sum);
            }
        }
        double h = 0;
        for (int c : ascii) {
            h += term(c, n);
        }
        if (other != null) {
            for (int c : other.values()) {
                h += term(c, n);
            }
        }
        return h;
    }

    private static double term(int count, int n) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / n;
        return -p * (Math.log(p) / Math.log(2));
    }
}

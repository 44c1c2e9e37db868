package dev.rampart.secret.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over bytes that answers, in one pass over a file, which rules have at
 * least one of their keywords in it. Keywords are ASCII-case-insensitive: they are lower-cased and
 * every input byte is folded before it is looked up.
 *
 * <p>Why not a library: the maintained choice on Maven Central, {@code org.ahocorasick:ahocorasick},
 * last released 0.6.3 in March 2021 and matches {@code CharSequence}s only, so every file would first
 * be decoded to a {@code String}, and it allocates an {@code Emit} per hit. This class is a
 * dense table over byte classes: one array read per input byte, no allocation while scanning, and
 * when only presence is asked, it stops as soon as every rule with keywords has been seen.
 *
 * <pre>{@code
 * new KeywordMatcher(List.of(List.of("akia"), List.of("ghp_", "gho_"))).scan(bytes, 0, n)
 *     -> {0}      // "AKIA" occurs, no GitHub prefix does
 * }</pre>
 */
public final class KeywordMatcher {
    private final int rules;
    /** Byte (folded) to its class; class 0 is "no keyword has this byte". */
    private final int[] byteClass = new int[256];
    private final int classes;
    /**
     * The full (failure-resolved) transition table, indexed by {@code offset + class} where a
     * state's offset is {@code state * classes}. An entry is the target's offset, or its bitwise
     * complement when the target completes a keyword, so the scan loop tests one sign per byte.
     */
    private final int[] next;
    /** Rules completed on reaching each state (own keywords and those of its failure chain); null if none. */
    private final int[][] outputs;
    private final int rulesWithKeywords;

    /** @param keywordsByRule for each rule in order, its keywords (empty: the rule has none) */
    public KeywordMatcher(List<List<String>> keywordsByRule) {
        this.rules = keywordsByRule.size();
        List<byte[]> words = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        int withKeywords = 0;
        for (int r = 0; r < rules; r++) {
            if (!keywordsByRule.get(r).isEmpty()) {
                withKeywords++;
            }
            for (String k : keywordsByRule.get(r)) {
                byte[] w = k.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < w.length; i++) {
                    if (w[i] >= 'A' && w[i] <= 'Z') {
                        w[i] += 'a' - 'A'; // ASCII only: other bytes match as they are
                    }
                }
                words.add(w);
                owners.add(r);
            }
        }
        this.rulesWithKeywords = withKeywords;
        int c = 1;
        for (byte[] w : words) {
            for (byte b : w) {
                if (byteClass[b & 0xff] == 0) {
                    byteClass[b & 0xff] = c++;
                }
            }
        }
        for (int b = 'A'; b <= 'Z'; b++) {
            byteClass[b] = byteClass[b + ('a' - 'A')];
        }
        this.classes = c;

        // the trie, goto function only
        List<int[]> gotoTable = new ArrayList<>();
        List<BitSet> out = new ArrayList<>();
        gotoTable.add(filled(classes));
        out.add(new BitSet());
        for (int i = 0; i < words.size(); i++) {
            int s = 0;
            for (byte b : words.get(i)) {
                int cls = byteClass[b & 0xff];
                if (gotoTable.get(s)[cls] < 0) {
                    gotoTable.get(s)[cls] = gotoTable.size();
                    gotoTable.add(filled(classes));
                    out.add(new BitSet());
                }
                s = gotoTable.get(s)[cls];
            }
            out.get(s).set(owners.get(i));
        }

        // breadth-first: failure links folded into a complete transition table
        int states = gotoTable.size();
        this.next = new int[states * classes];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cls = 0; cls < classes; cls++) {
            int t = gotoTable.get(0)[cls];
            next[cls] = t < 0 ? 0 : t;
            if (t > 0) {
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).or(out.get(fail[s]));
            for (int cls = 0; cls < classes; cls++) {
                int t = gotoTable.get(s)[cls];
                if (t < 0) {
                    next[s * classes + cls] = next[fail[s] * classes + cls];
                } else {
                    fail[t] = next[fail[s] * classes + cls];
                    next[s * classes + cls] = t;
                    queue.add(t);
                }
            }
        }
        this.outputs = new int[states][];
        Map<BitSet, int[]> shared = new HashMap<>();
        for (int s = 0; s < states; s++) {
            BitSet o = out.get(s);
            outputs[s] = o.isEmpty() ? null : shared.computeIfAbsent(o, bits -> bits.stream().toArray());
        }
        for (int i = 0; i < next.length; i++) {
            int target = next[i];
            next[i] = outputs[target] == null ? target * classes : ~(target * classes);
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** The rules (by index) with at least one keyword in {@code data[from, to)}. */
    public BitSet scan(byte[] data, int from, int to) {
        return scan(data, from, to, new boolean[rules]).rules();
    }

    /**
     * Which rules' keywords occur, and for the rules asked about, the start offset of every line
     * holding one of their keywords (each line once, in order).
     */
    public record Hits(BitSet rules, int[][] lineStarts, int[] lineCounts) {}

    public Hits scan(byte[] data, int from, int to, boolean[] wantLines) {
        BitSet seen = new BitSet(rules);
        int[][] lines = new int[rules][];
        int[] counts = new int[rules];
        if (rulesWithKeywords == 0) {
            return new Hits(seen, lines, counts);
        }
        boolean positions = false;
        for (boolean w : wantLines) {
            positions |= w;
        }
        int found = 0;
        int state = 0;
        // the line of a hit is found by looking back from it, at most to the previous hit, so the
        // loop over bytes does no line bookkeeping and the look-backs cost one pass in all
        int lastHit = from - 1;
        int lastHitLine = from;
        final int[] next = this.next;
        final int[] byteClass = this.byteClass;
        for (int i = from; i < to; i++) {
            int t = next[state + byteClass[data[i] & 0xff]];
            if (t >= 0) {
                state = t;
                continue;
            }
            state = ~t;
            int lineStart = lineStart(data, i, lastHit, lastHitLine);
            lastHit = i;
            lastHitLine = lineStart;
            for (int r : outputs[state / classes]) {
                if (!seen.get(r)) {
                    seen.set(r);
                    found++;
                }
                if (wantLines[r]) {
                    int n = counts[r];
                    if (n == 0 || lines[r][n - 1] != lineStart) {
                        if (lines[r] == null) {
                            lines[r] = new int[8];
                        } else if (n == lines[r].length) {
                            lines[r] = Arrays.copyOf(lines[r], n * 2);
                        }
                        lines[r][n] = lineStart;
                        counts[r] = n + 1;
                    }
                }
            }
            if (!positions && found == rulesWithKeywords) {
                break;
            }
        }
        return new Hits(seen, lines, counts);
    }

    /**
     * The start of the line holding {@code data[at]}: just past the last newline before it, or,
     * when there is none after {@code lastHit}, the line of that earlier hit.
     */
    private static int lineStart(byte[] data, int at, int lastHit, int lastHitLine) {
        for (int j = at - 1; j > lastHit; j--) {
            if (data[j] == '\n') {
                return j + 1;
            }
        }
        return lastHitLine;
    }

    /** Number of automaton states (for tests and limits). */
    public int states() {
        return outputs.length;
    }
}

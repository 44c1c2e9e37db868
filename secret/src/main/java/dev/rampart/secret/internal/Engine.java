package dev.rampart.secret.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.rampart.secret.Allowlist;
import dev.rampart.secret.SecretLimits;
import dev.rampart.secret.SecretRule;
import dev.rampart.secret.SecretRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A rule set compiled for scanning: the keyword automaton over all rules, each rule's expression,
 * and the allowlists that apply to it. Immutable and safe to share between threads.
 *
 * <p>For one text: the automaton finds which rules' keywords occur, and on which lines (one pass);
 * only those rules' expressions run, over the whole text or, for rules with a window, over the lines
 * around their keywords; each match's secret is checked against the entropy threshold and allowlists;
 * where two rules' secrets overlap, the earlier rule's is kept; positions and masks are computed
 * last. The secret itself never leaves this class.
 */
public final class Engine {
    private record Compiled(SecretRule rule, Pattern regex, List<Pattern> files, List<Pattern> paths,
                            List<Pattern> secretRegexes, List<String> stopwords) {}

    /** One secret, already masked. */
    public record Hit(SecretRule rule, int line, int column, String masked) {}

    public record Result(List<Hit> hits, boolean truncated) {
        public static final Result EMPTY = new Result(List.of(), false);
    }

    private record Candidate(int rule, int start, int end, String masked) {}

    private final List<Compiled> rules;
    private final KeywordMatcher keywords;
    /** Rules whose regex runs on the lines around their keywords only. */
    private final boolean[] windowed;
    /**
     * The path patterns of allowlists for every rule, kept apart rather than joined into one
     * alternation: RE2/J skips ahead to a pattern's literal prefix ({@code /testdata/},
     * {@code ^/usr/share/doc/}) only when the pattern starts with one, which more than halves the
     * cost of the check that every file of an image meets.
     */
    private final List<Pattern> globalPaths;
    private final SecretLimits limits;

    public Engine(SecretRules set, SecretLimits limits) {
        this.limits = limits;
        List<Compiled> compiled = new ArrayList<>();
        List<String> everyRulePaths = new ArrayList<>();
        for (Allowlist a : set.allowlists()) {
            if (a.rules().isEmpty()) {
                everyRulePaths.addAll(a.paths());
            }
        }
        for (SecretRule r : set.rules()) {
            String what = "rule '" + r.id() + "'";
            // paths: the rule's own and those of allowlists naming it (allowlists for every rule are
            // checked once per file, before any rule); regexes and stopwords: every allowlist that applies
            List<String> paths = new ArrayList<>(r.allowlist().paths());
            List<String> regexes = new ArrayList<>(r.allowlist().regexes());
            List<String> stopwords = new ArrayList<>(r.allowlist().stopwords());
            for (Allowlist a : set.allowlists()) {
                if (a.rules().isEmpty() || a.rules().contains(r.id())) {
                    if (!a.rules().isEmpty()) {
                        paths.addAll(a.paths());
                    }
                    regexes.addAll(a.regexes());
                    stopwords.addAll(a.stopwords());
                }
            }
            compiled.add(new Compiled(r, Regexes.compile(r.regex(), what + ": regex", limits),
                    r.files().stream().map(p -> Regexes.compile(p, what + ": files", limits)).toList(),
                    paths.stream().map(p -> Regexes.compile(p, what + ": allowlist path", limits)).toList(),
                    regexes.stream().map(p -> Regexes.compile(p, what + ": allowlist regex", limits)).toList(),
                    List.copyOf(stopwords)));
        }
        this.rules = List.copyOf(compiled);
        this.keywords = new KeywordMatcher(rules.stream().map(c -> c.rule().keywords()).toList());
        this.windowed = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            windowed[i] = rules.get(i).rule().windowLines() != SecretRule.WHOLE_FILE;
        }
        this.globalPaths = everyRulePaths.stream().map(p -> Regexes.compile(p, "allowlist path", limits)).toList();
    }

    /**
     * Whether an allowlist for every rule covers this path: such a file is not read at all, so
     * callers ask this before {@link #scan}, which does not ask again.
     */
    public boolean pathAllowed(String path) {
        for (Pattern p : globalPaths) {
            if (p.matcher(path).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the secrets in one text whose path no allowlist for every rule covers (see
     * {@link #pathAllowed}).
     *
     * @param path the file's absolute path, or null for an image config value (rules limited to
     *             {@code files} do not apply there, nor do path allowlists)
     */
    public Result scan(byte[] data, @Nullable String path) {
        KeywordMatcher.Hits hits = keywords.scan(data, 0, data.length, windowed);
        List<Candidate> candidates = new ArrayList<>();
        int cap = limits.maxFindingsPerFile();
        boolean truncated = false;
        for (int i = 0; i < rules.size(); i++) {
            Compiled c = rules.get(i);
            if (!hits.rules().get(i) && !c.rule().keywords().isEmpty()) {
                continue;
            }
            if (!applies(c, path)) {
                continue;
            }
            int before = candidates.size();
            if (c.rule().windowLines() == SecretRule.WHOLE_FILE) {
                truncated |= find(c, i, data, 0, candidates, cap);
            } else {
                int[] starts = hits.lineStarts()[i];
                int n = hits.lineCounts()[i];
                int w = c.rule().windowLines();
                int k = 0;
                boolean full = false;
                while (k < n && !full) {
                    int from = linesBack(data, starts[k], w);
                    int to = linesForward(data, starts[k], w + 1);
                    // merge the windows of later hit lines that start inside this one
                    while (k + 1 < n && linesBack(data, starts[k + 1], w) <= to) {
                        to = linesForward(data, starts[++k], w + 1);
                    }
                    k++;
                    full = find(c, i, Arrays.copyOfRange(data, from, to), from, candidates,
                            cap - (candidates.size() - before));
                }
                truncated |= full;
            }
        }
        if (candidates.isEmpty()) {
            return new Result(List.of(), truncated);
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) { // candidates are in rule order: the earlier rule wins an overlap
            if (kept.stream().noneMatch(k -> k.start < c.end && c.start < k.end)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::rule));
        if (kept.size() > cap) {
            kept = kept.subList(0, cap);
            truncated = true;
        }
        TextPositions positions = new TextPositions(data);
        List<Hit> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            out.add(new Hit(rules.get(c.rule).rule(), positions.lineOf(c.start), positions.columnOf(c.start), c.masked));
        }
        return new Result(out, truncated);
    }

    /**
     * Runs one rule over {@code text}, which starts at {@code offset} in the file, adding at most
     * {@code cap} candidates; true when more were there.
     */
    private static boolean find(Compiled c, int rule, byte[] text, int offset, List<Candidate> out, int cap) {
        int group = c.rule().secretGroup();
        int found = 0;
        Matcher m = c.regex().matcher(text);
        while (m.find()) {
            int start = m.start(group);
            int end = m.end(group);
            if (start < 0 || end <= start) {
                continue;
            }
            String secret = new String(text, start, end - start, StandardCharsets.UTF_8);
            if (allowed(c, secret)) {
                continue;
            }
            if (++found > cap) {
                return true;
            }
            out.add(new Candidate(rule, offset + start, offset + end, Redaction.mask(secret)));
        }
        return false;
    }

    /** The start of the line {@code lines} lines above the line starting at {@code lineStart}. */
    private static int linesBack(byte[] data, int lineStart, int lines) {
        int i = lineStart;
        for (int l = 0; l < lines && i > 0; l++) {
            i--; // onto the previous line's newline
            while (i > 0 && data[i - 1] != '\n') {
                i--;
            }
        }
        return i;
    }

    /** Just past the newline ending the {@code lines}-th line from {@code lineStart} (or the end of the data). */
    private static int linesForward(byte[] data, int lineStart, int lines) {
        int i = lineStart;
        for (int l = 0; l < lines && i < data.length; l++) {
            while (i < data.length && data[i] != '\n') {
                i++;
            }
            if (i < data.length) {
                i++;
            }
        }
        return i;
    }

    private static boolean applies(Compiled c, @Nullable String path) {
        if (path == null) {
            return c.files().isEmpty();
        }
        if (!c.files().isEmpty() && c.files().stream().noneMatch(p -> p.matcher(path).find())) {
            return false;
        }
        return c.paths().stream().noneMatch(p -> p.matcher(path).find());
    }

    private static boolean allowed(Compiled c, String secret) {
        double min = c.rule().minEntropy();
        if (min > 0 && Entropy.bitsPerChar(secret) < min) {
            return true;
        }
        if (!c.stopwords().isEmpty()) {
            String lower = secret.toLowerCase(Locale.ROOT);
            for (String s : c.stopwords()) {
                if (lower.contains(s)) {
                    return true;
                }
            }
        }
        for (Pattern p : c.secretRegexes()) {
            if (p.matcher(secret).find()) {
                return true;
            }
        }
        return false;
    }
}

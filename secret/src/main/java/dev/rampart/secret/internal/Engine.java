package dev.rampart.secret.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.rampart.secret.Allowlist;
import dev.rampart.secret.SecretLimits;
import dev.rampart.secret.SecretRule;
import dev.rampart.secret.SecretRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A rule set compiled for scanning: the keyword automaton over all rules, each rule's expression,
 * and the allowlists that apply to it. Immutable and safe to share between threads.
 *
 * <p>For one text: the automaton finds which rules' keywords occur (one pass); only those rules'
 * expressions run; each match's secret is checked against the entropy threshold and allowlists;
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
    private final @Nullable Pattern globalPaths;
    private final SecretLimits limits;

    public Engine(SecretRules set, SecretLimits limits) {
        this.limits = limits;
        List<Compiled> compiled = new ArrayList<>();
        List<String> global = new ArrayList<>();
        for (Allowlist a : set.allowlists()) {
            if (a.rules().isEmpty()) {
                global.addAll(a.paths());
            }
        }
        for (SecretRule r : set.rules()) {
            String what = "rule '" + r.id() + "'";
            List<Allowlist> applying = new ArrayList<>();
            applying.add(r.allowlist());
            for (Allowlist a : set.allowlists()) {
                if (a.rules().isEmpty() || a.rules().contains(r.id())) {
                    applying.add(a);
                }
            }
            List<Pattern> paths = new ArrayList<>();
            List<Pattern> regexes = new ArrayList<>();
            List<String> stopwords = new ArrayList<>();
            for (Allowlist a : applying) {
                if (!a.rules().isEmpty()) { // global paths are checked once per file, before any rule
                    a.paths().forEach(p -> paths.add(Regexes.compile(p, what + ": allowlist path", limits)));
                } else if (a == r.allowlist()) {
                    a.paths().forEach(p -> paths.add(Regexes.compile(p, what + ": allowlist path", limits)));
                }
                a.regexes().forEach(p -> regexes.add(Regexes.compile(p, what + ": allowlist regex", limits)));
                stopwords.addAll(a.stopwords());
            }
            compiled.add(new Compiled(r, Regexes.compile(r.regex(), what + ": regex", limits),
                    r.files().stream().map(p -> Regexes.compile(p, what + ": files", limits)).toList(),
                    List.copyOf(paths), List.copyOf(regexes), List.copyOf(stopwords)));
        }
        this.rules = List.copyOf(compiled);
        this.keywords = new KeywordMatcher(rules.stream().map(c -> c.rule().keywords()).toList());
        this.globalPaths = global.isEmpty() ? null
                : Regexes.compile(String.join("|", global.stream().map(p -> "(?:" + p + ")").toList()),
                        "allowlist paths", limits.withMaxRegexProgramSize(Integer.MAX_VALUE));
    }

    /** Whether an allowlist for every rule covers this path: such a file is not read at all. */
    public boolean pathAllowed(String path) {
        return globalPaths != null && globalPaths.matcher(path).find();
    }

    /**
     * Finds the secrets in one text.
     *
     * @param path the file's absolute path, or null for an image config value (rules limited to
     *             {@code files} do not apply there, nor do path allowlists)
     */
    public Result scan(byte[] data, @Nullable String path) {
        if (path != null && pathAllowed(path)) {
            return Result.EMPTY;
        }
        BitSet triggered = keywords.scan(data, 0, data.length);
        List<Candidate> candidates = new ArrayList<>();
        int cap = limits.maxFindingsPerFile();
        boolean truncated = false;
        for (int i = 0; i < rules.size(); i++) {
            Compiled c = rules.get(i);
            if (!triggered.get(i) && !c.rule().keywords().isEmpty()) {
                continue;
            }
            if (!applies(c, path)) {
                continue;
            }
            int group = c.rule().secretGroup();
            int found = 0;
            Matcher m = c.regex().matcher(data);
            while (m.find()) {
                int start = m.start(group);
                int end = m.end(group);
                if (start < 0 || end <= start) {
                    continue;
                }
                String secret = new String(data, start, end - start, StandardCharsets.UTF_8);
                if (allowed(c, secret)) {
                    continue;
                }
                if (++found > cap) {
                    truncated = true;
                    break;
                }
                candidates.add(new Candidate(i, start, end, Redaction.mask(secret)));
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
        List<Hit> hits = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            hits.add(new Hit(rules.get(c.rule).rule(), positions.lineOf(c.start), positions.columnOf(c.start), c.masked));
        }
        return new Result(hits, truncated);
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

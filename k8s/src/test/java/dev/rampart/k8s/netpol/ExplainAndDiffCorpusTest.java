package dev.rampart.k8s.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.k8s.K8sNetpol;
import dev.rampart.k8s.render.ExplainText;
import dev.rampart.testkit.Corpus;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code expected/explain/} (list --explain: which policy and rule decided each connection) and
 * {@code expected/diff/} (connections added, removed and changed) of the netpol-analyzer corpus.
 */
class ExplainAndDiffCorpusTest {
    private static final Path ROOT = Corpus.resolve("k8s/netpol-analyzer");

    @Test
    void explain_reproducesEveryExpectedExplanation() throws Exception {
        TreeMap<String, String> failures = new TreeMap<>();
        int cases = 0;
        for (String line : Files.readAllLines(ROOT.resolve("index.tsv")).subList(1, Files.readAllLines(ROOT.resolve("index.tsv")).size())) {
            String[] row = line.split("\t");
            if (row.length < 3 || row[2].equals("-")) {
                continue;
            }
            cases++;
            StringWriter w = new StringWriter();
            ExplainText.write(NetpolAnalyzer.explainAll(K8sNetpol.load(List.of(ROOT.resolve("tests").resolve(row[0])))), w);
            String expected = Files.readString(ROOT.resolve(row[2]));
            if (!normalize(expected).equals(normalize(w.toString()))) {
                failures.put(row[0], firstDifference(normalize(expected), normalize(w.toString())));
            }
        }
        System.out.println("netpol-analyzer explain: " + (cases - failures.size()) + "/" + cases + " cases pass");
        assertThat(failures).isEmpty();
        assertThat(cases).isEqualTo(2);
    }

    @Test
    void diff_reproducesEveryExpectedDiff() throws Exception {
        TreeMap<String, String> failures = new TreeMap<>();
        int cases = 0;
        List<String> index = Files.readAllLines(ROOT.resolve("diff_index.tsv"));
        for (String line : index.subList(1, index.size())) {
            String[] row = line.split("\t");
            cases++;
            ConnDiff d = K8sNetpol.diff(new K8sNetpol.DiffRequest(List.of(ROOT.resolve("tests").resolve(row[1])),
                    List.of(ROOT.resolve("tests").resolve(row[2]))));
            Set<String> actual = new TreeSet<>();
            d.entries().forEach(e -> actual.add(e.line()));
            Set<String> expected = new TreeSet<>();
            for (String l : Files.readAllLines(ROOT.resolve(row[0]))) {
                if (l.startsWith("diff-type:")) {
                    expected.add(l.strip());
                }
            }
            if (!expected.equals(actual)) {
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(actual);
                Set<String> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                failures.put(row[0], "missing " + missing.stream().limit(3).toList() + " extra " + extra.stream().limit(3).toList());
            }
        }
        System.out.println("netpol-analyzer diff: " + (cases - failures.size()) + "/" + cases + " cases pass");
        assertThat(failures).isEmpty();
        assertThat(cases).isEqualTo(37);
    }

    private static String normalize(String s) {
        List<String> out = new ArrayList<>();
        for (String l : s.split("\n", -1)) {
            out.add(l.stripTrailing());
        }
        return String.join("\n", out).strip();
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ": expected [" + x[i] + "] got [" + y[i] + "]";
            }
        }
        return "length " + x.length + " vs " + y.length;
    }
}

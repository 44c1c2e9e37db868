package dev.rampart.k8s.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.k8s.manifests.ManifestLoader;
import dev.rampart.k8s.manifests.NetpolTranslator;
import dev.rampart.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code netpol list} to every expected connlist of the np-guard/netpol-analyzer corpus
 * ({@code k8s/netpol-analyzer/index.tsv}): the same lines, compared as sets.
 */
class NetpolAnalyzerCorpusTest {
    private static final Path ROOT = Corpus.resolve("k8s/netpol-analyzer");

    static Reachability load(String testDir) throws Exception {
        return new Reachability(NetpolTranslator.toCluster(new ManifestLoader().load(ROOT.resolve("tests").resolve(testDir))));
    }

    static List<String[]> index() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("index.tsv")).subList(1, Files.readAllLines(ROOT.resolve("index.tsv")).size())) {
            if (!line.isBlank()) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    @Test
    void list_reproducesEveryExpectedConnlist() throws Exception {
        TreeMap<String, String> failures = new TreeMap<>();
        int cases = 0;
        for (String[] row : index()) {
            if (row[1].equals("-")) {
                continue;
            }
            cases++;
            Set<String> expected = new TreeSet<>();
            for (String l : Files.readAllLines(ROOT.resolve(row[1]))) {
                if (!l.isBlank()) {
                    expected.add(l.strip());
                }
            }
            Set<String> actual = new TreeSet<>();
            try {
                NetpolAnalyzer.list(load(row[0])).connections().forEach(c -> actual.add(c.line()));
            } catch (Exception e) {
                failures.put(row[0], "error: " + e.getMessage());
                continue;
            }
            if (!expected.equals(actual)) {
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(actual);
                Set<String> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                failures.put(row[0], "missing " + missing.size() + " " + first(missing) + "; extra " + extra.size() + " " + first(extra));
            }
        }
        System.out.println("netpol-analyzer connlist: " + (cases - failures.size()) + "/" + cases + " cases pass");
        assertThat(failures).as("%d of %d connlist cases differ", failures.size(), cases).isEmpty();
        assertThat(cases).isEqualTo(63);
    }

    @Test
    void allowed_agreesWithExplainedVerdictOnEveryCorpusPair() throws Exception {
        int pairs = 0;
        for (String[] row : index()) {
            Reachability r = load(row[0]);
            for (Explanation e : NetpolAnalyzer.explainAll(r)) {
                Verdict v = r.verdict(e.source(), e.destination());
                assertThat(r.allowed(e.source(), e.destination())).as("%s: %s => %s", row[0], e.source().display(),
                        e.destination().display()).isEqualTo(v.allowed());
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(7593);
    }

    private static String first(Set<String> s) {
        return s.stream().limit(3).toList().toString();
    }
}

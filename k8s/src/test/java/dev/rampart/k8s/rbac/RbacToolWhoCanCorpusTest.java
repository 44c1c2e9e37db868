package dev.rampart.k8s.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.k8s.manifests.ManifestLoader;
import dev.rampart.k8s.manifests.RbacTranslator;
import dev.rampart.testkit.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every who-can query of {@code k8s/rbac-tool-whocan/whocan/*.yaml} as its header states and
 * compares the rows that contain the grep marker. rbac-tool's {@code resource/name} argument is passed
 * as a resource name. Two header expectations disagree with the Kubernetes authorizer and are held to
 * Kubernetes instead (docs/accuracy.md): {@code get gateways} (the role grants create/update/delete/patch,
 * not get) and {@code get /test-reader} (a non-resource URL bound by a RoleBinding grants nothing; and
 * {@code system:masters} is the API server's built-in superuser group, not a binding in the manifests).
 */
class RbacToolWhoCanCorpusTest {
    private static final Path DIR = Corpus.resolve("k8s/rbac-tool-whocan/whocan");
    private static final Pattern RUN = Pattern.compile("#\\s*bin/rbac-tool who-can (\\S+) (\\S+)\\s*(?:\\|\\s*grep (\\S+))?");

    record Query(String verb, String target, String marker) {}

    @Test
    void whoCan_matchesEveryScenarioHeader() throws Exception {
        List<String> failures = new ArrayList<>();
        int queries = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            List<Query> qs = new ArrayList<>();
            for (String l : lines) {
                Matcher m = RUN.matcher(l);
                if (m.find()) {
                    qs.add(new Query(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3)));
                }
            }
            Set<String> expected = expectedRows(lines);
            Authorizer az = new Authorizer(RbacTranslator.toModel(new ManifestLoader().load(f)));
            for (Query q : qs) {
                queries++;
                Set<String> want = new TreeSet<>();
                expected.stream().filter(r -> r.contains(q.marker())).forEach(want::add);
                Set<String> got = rows(az, q);
                Set<String> exp = kubernetesExpectation(f.getFileName().toString(), want);
                if (!got.equals(exp)) {
                    failures.add(f.getFileName() + " " + q + ": expected " + exp + " got " + got);
                }
            }
        }
        System.out.println("rbac-tool-whocan: " + (queries - failures.size()) + "/" + queries + " queries match");
        assertThat(failures).isEmpty();
        assertThat(queries).isEqualTo(8);
    }

    @Test
    void whoCan_gatewayRoleGrantsCreateButNotGet() throws Exception {
        Authorizer az = new Authorizer(RbacTranslator.toModel(new ManifestLoader().load(DIR.resolve("gatewat-api-operator.yaml"))));
        assertThat(rows(az, new Query("create", "gateways", "gateway-network-operator")))
                .containsExactly("ServiceAccount|gateway-network-operator-sa|test", "User|gateway-network-operator-user|");
        assertThat(rows(az, new Query("get", "gateways", "gateway-network-operator"))).isEmpty();
    }

    @Test
    void whoCan_nonResourceUrlThroughRoleBindingGrantsNothing() throws Exception {
        Authorizer az = new Authorizer(RbacTranslator.toModel(new ManifestLoader().load(DIR.resolve("nonresourceurl-reader.yaml"))));
        assertThat(az.whoCan(AccessRequest.parse("get", "/test-reader", "", null))).isEmpty();
    }

    /** The header rows, adjusted only where the Kubernetes authorizer decides otherwise (see class comment). */
    private static Set<String> kubernetesExpectation(String file, Set<String> headerRows) {
        return switch (file) {
            case "gatewat-api-operator.yaml", "nonresourceurl-reader.yaml" -> Set.of();
            default -> headerRows;
        };
    }

    private static Set<String> rows(Authorizer az, Query q) {
        String target = q.target();
        String name = "";
        if (!target.startsWith("/") && target.contains("/")) {
            name = target.substring(target.indexOf('/') + 1);
            target = target.substring(0, target.indexOf('/'));
        }
        Set<String> out = new TreeSet<>();
        for (Grant g : az.whoCan(AccessRequest.parse(q.verb(), target, name, null))) {
            String row = g.subject().kind().wireName + "|" + g.subject().name() + "|"
                    + (g.subject().namespace() == null ? "" : g.subject().namespace());
            if (row.contains(q.marker())) {
                out.add(row);
            }
        }
        return out;
    }

    private static Set<String> expectedRows(List<String> lines) {
        Set<String> out = new TreeSet<>();
        boolean inExpect = false;
        for (String l : lines) {
            if (!l.startsWith("#")) {
                if (inExpect) {
                    break;
                }
                continue;
            }
            String body = l.substring(1).strip();
            if (body.startsWith("Expect:")) {
                inExpect = true;
                continue;
            }
            if (!inExpect || !body.contains("|") || body.startsWith("TYPE") || body.startsWith("+")) {
                continue;
            }
            String[] cells = body.split("\\|", -1);
            if (cells.length >= 2) {
                String ns = cells.length > 2 ? cells[2].strip() : "";
                out.add(cells[0].strip() + "|" + cells[1].strip() + "|" + ns);
            }
        }
        return out;
    }
}

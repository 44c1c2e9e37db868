package dev.rampart.k8s.rbac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the grants of {@link RiskRule} with the binding → role → rule path of each, then chains them:
 * a subject that can create pods in namespace X can run a pod as any service account of X, so it holds
 * whatever that service account holds; when that is more (a critical or high risk the subject lacks, or
 * everything), the chain is an escalation path.
 */
public final class RiskAnalyzer {
    private RiskAnalyzer() {}

    public static List<RiskFinding> analyze(Authorizer az) {
        List<RiskFinding> out = new ArrayList<>();
        for (Binding b : az.model().bindings()) {
            Optional<Role> role = az.model().role(RbacModel.resolve(b));
            if (role.isEmpty()) {
                continue;
            }
            for (Subject s : b.subjects()) {
                probes(az, b, s, out);
                wildcard(b, role.get(), s, out);
                if (s.kind() == Subject.Kind.SERVICE_ACCOUNT && s.name().equals("default")) {
                    out.add(new RiskFinding(RiskRule.DEFAULT_SA_BOUND, s, b.namespace(),
                            "service account " + s.namespace() + "/default is bound to " + role.get().ref() + ": " + RiskRule.DEFAULT_SA_BOUND.why,
                            List.of(b + " -> " + role.get().ref())));
                }
            }
        }
        escalationPaths(az, out);
        out.sort(Comparator.comparing((RiskFinding f) -> f.rule().severity).thenComparing(f -> f.rule().id)
                .thenComparing(f -> f.subject().toString()).thenComparing(f -> String.valueOf(f.namespace()))
                .thenComparing(f -> f.path().toString()));
        return out;
    }

    private static void probes(Authorizer az, Binding b, Subject s, List<RiskFinding> out) {
        for (RiskRule r : RiskRule.values()) {
            if (r.probes.isEmpty() || (r == RiskRule.SECRETS_CLUSTER_WIDE && !b.isClusterBinding())) {
                continue;
            }
            for (RiskRule.Probe p : r.probes) {
                AccessRequest req = AccessRequest.parse(p.verb(), p.resource(), "", b.namespace());
                Optional<Grant> g = az.grant(b, s, req);
                if (g.isPresent()) {
                    String where = b.namespace() == null ? "in every namespace" : "in namespace " + b.namespace();
                    if (req instanceof AccessRequest.Resource res && "".equals(res.namespace())) {
                        where = "cluster-wide";
                    }
                    out.add(new RiskFinding(r, s, b.namespace(), s + " " + r.why + " (" + p.verb() + " " + p.resource() + " " + where + ")",
                            List.of(g.get().path())));
                    break;
                }
            }
        }
    }

    private static void wildcard(Binding b, Role role, Subject s, List<RiskFinding> out) {
        for (PolicyRule rule : role.rules()) {
            if (rule.verbs().contains("*") || rule.resources().contains("*") || rule.apiGroups().contains("*")
                    || rule.nonResourceURLs().contains("*")) {
                out.add(new RiskFinding(RiskRule.WILDCARD, s, b.namespace(), s + " " + RiskRule.WILDCARD.why,
                        List.of(b + " -> " + role.ref() + ": " + rule)));
                return;
            }
        }
    }

    /** Risks that make a service account worth stealing. */
    private static final Set<RiskRule> POWER = Set.of(RiskRule.SECRETS_CLUSTER_WIDE, RiskRule.ESCALATE, RiskRule.BIND,
            RiskRule.IMPERSONATE, RiskRule.NODES_PROXY, RiskRule.CSR_APPROVE, RiskRule.WILDCARD);

    private static void escalationPaths(Authorizer az, List<RiskFinding> out) {
        Map<Subject, List<RiskFinding>> powers = new LinkedHashMap<>();
        Set<Subject> serviceAccounts = new LinkedHashSet<>();
        for (RiskFinding f : out) {
            if (POWER.contains(f.rule()) && f.subject().kind() == Subject.Kind.SERVICE_ACCOUNT) {
                powers.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Binding b : az.model().bindings()) {
            b.subjects().stream().filter(s -> s.kind() == Subject.Kind.SERVICE_ACCOUNT).forEach(serviceAccounts::add);
        }
        List<RiskFinding> creators = out.stream().filter(f -> f.rule() == RiskRule.POD_CREATE).toList();
        List<RiskFinding> paths = new ArrayList<>();
        for (RiskFinding c : creators) {
            for (Subject sa : serviceAccounts) {
                if (sa.equals(c.subject()) || !powers.containsKey(sa)) {
                    continue;
                }
                if (c.namespace() != null && !c.namespace().equals(sa.namespace())) {
                    continue;
                }
                Set<RiskRule> own = new LinkedHashSet<>();
                out.stream().filter(f -> f.subject().equals(c.subject())).forEach(f -> own.add(f.rule()));
                List<RiskFinding> gained = powers.get(sa).stream().filter(p -> !own.contains(p.rule())).toList();
                if (gained.isEmpty()) {
                    continue;
                }
                List<String> ids = gained.stream().map(p -> p.rule().id).distinct().toList();
                List<String> path = new ArrayList<>();
                path.add(c.subject() + " can create pods in " + (c.namespace() == null ? "every namespace" : "namespace " + c.namespace())
                        + " via " + c.path().get(0));
                path.add("a pod may run as service account " + sa.namespace() + "/" + sa.name());
                path.add(sa.namespace() + "/" + sa.name() + " holds " + String.join(", ", ids) + " via " + gained.get(0).path().get(0));
                paths.add(new RiskFinding(RiskRule.ESCALATION_PATH, c.subject(), sa.namespace(),
                        c.subject() + " " + RiskRule.ESCALATION_PATH.why + ": " + sa + " (" + String.join(", ", ids) + ")", path));
            }
        }
        out.addAll(paths);
    }
}

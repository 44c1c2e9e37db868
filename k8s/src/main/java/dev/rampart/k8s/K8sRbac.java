package dev.rampart.k8s;

import dev.rampart.k8s.manifests.ManifestException;
import dev.rampart.k8s.manifests.ManifestLoader;
import dev.rampart.k8s.manifests.RbacTranslator;
import dev.rampart.k8s.rbac.AccessDecision;
import dev.rampart.k8s.rbac.AccessRequest;
import dev.rampart.k8s.rbac.Authorizer;
import dev.rampart.k8s.rbac.Grant;
import dev.rampart.k8s.rbac.RiskAnalyzer;
import dev.rampart.k8s.rbac.RiskFinding;
import dev.rampart.k8s.rbac.UserInfo;
import dev.rampart.model.Issue;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code rampart k8s rbac} verbs: request records in, result records out.
 *
 * <pre>{@code
 * var r = K8sRbac.whoCan(new K8sRbac.WhoCanRequest(List.of(dir), "get", "secrets", Optional.empty(), Optional.of("prod")));
 * RbacRenderer.whoCan(r, Format.TABLE, writer);
 * }</pre>
 */
public final class K8sRbac {
    private K8sRbac() {}

    /**
     * {@code rbac who-can <paths> <verb> <resource|/url> [name] [-n ns]}. Without a namespace, bindings in any
     * namespace count and each row says where it applies.
     *
     * @param resource {@code pods}, {@code pods/exec}, {@code deployments.apps} or a non-resource URL {@code /healthz}
     */
    public record WhoCanRequest(List<Path> manifests, String verb, String resource, Optional<String> name,
            Optional<String> namespace) {
        public WhoCanRequest {
            manifests = List.copyOf(manifests);
        }
    }

    /** {@code rbac can <paths> --as <user> [--as-group g]... <verb> <resource> [name] [-n ns]}. */
    public record CanRequest(List<Path> manifests, String as, List<String> groups, String verb, String resource,
            Optional<String> name, Optional<String> namespace) {
        public CanRequest {
            manifests = List.copyOf(manifests);
            groups = List.copyOf(groups);
        }
    }

    /** {@code rbac risks <paths>}. */
    public record RisksRequest(List<Path> manifests) {
        public RisksRequest {
            manifests = List.copyOf(manifests);
        }
    }

    /** Who holds the permission, one row per (subject, binding). */
    public record WhoCanResult(AccessRequest request, List<Grant> grants, List<Issue> issues) {
        public WhoCanResult {
            grants = List.copyOf(grants);
            issues = List.copyOf(issues);
        }
    }

    /** The risky grants and escalation paths found. */
    public record RiskReport(List<RiskFinding> findings, List<Issue> issues) {
        public RiskReport {
            findings = List.copyOf(findings);
            issues = List.copyOf(issues);
        }
    }

    public static Authorizer load(List<Path> manifests) throws ManifestException {
        return new Authorizer(RbacTranslator.toModel(new ManifestLoader().load(manifests)));
    }

    /** @throws IllegalArgumentException for a malformed verb or resource */
    public static WhoCanResult whoCan(WhoCanRequest r) throws ManifestException {
        return whoCan(load(r.manifests()), r);
    }

    /** {@code who-can} on an already loaded model (the form the benchmark measures). */
    public static WhoCanResult whoCan(Authorizer az, WhoCanRequest r) {
        AccessRequest req = AccessRequest.parse(r.verb(), r.resource(), r.name().orElse(""), r.namespace().orElse(null));
        return new WhoCanResult(req, az.whoCan(req), az.model().issues());
    }

    /** @throws IllegalArgumentException for a malformed user, verb or resource */
    public static AccessDecision can(CanRequest r) throws ManifestException {
        AccessRequest req = AccessRequest.parse(r.verb(), r.resource(), r.name().orElse(""), r.namespace().orElse("default"));
        return load(r.manifests()).authorize(UserInfo.of(r.as(), r.groups()), req);
    }

    public static RiskReport risks(RisksRequest r) throws ManifestException {
        Authorizer az = load(r.manifests());
        return new RiskReport(RiskAnalyzer.analyze(az), az.model().issues());
    }
}

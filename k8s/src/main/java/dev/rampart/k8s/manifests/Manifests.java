package dev.rampart.k8s.manifests;

import dev.rampart.model.Issue;
import java.util.List;

/**
 * The objects read from a set of manifest files, in file order, with what was skipped.
 *
 * @param issues documents that are not Kubernetes objects, kinds that were skipped for a reason
 */
public record Manifests(List<KObject> objects, List<Issue> issues) {
    public Manifests {
        objects = List.copyOf(objects);
        issues = List.copyOf(issues);
    }
}

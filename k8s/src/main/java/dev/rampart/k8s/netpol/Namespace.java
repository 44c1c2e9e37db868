package dev.rampart.k8s.netpol;

import java.util.HashMap;
import java.util.Map;

/**
 * A namespace with its labels, including the automatic {@code kubernetes.io/metadata.name} label
 * (set by the API server on every namespace since 1.21).
 *
 * <p>Spec: https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-metadata-name
 */
public record Namespace(String name, Map<String, String> labels) {
    public static final String NAME_LABEL = "kubernetes.io/metadata.name";

    public Namespace {
        Map<String, String> l = new HashMap<>(labels);
        l.put(NAME_LABEL, name);
        labels = Map.copyOf(l);
    }
}

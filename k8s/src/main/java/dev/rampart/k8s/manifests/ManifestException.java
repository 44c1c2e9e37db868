package dev.rampart.k8s.manifests;

/**
 * A manifest could not be read: malformed YAML, a field of the wrong type, an invalid value, a limit
 * exceeded. The message is one line naming the file, the document index (0-based) where known, and
 * the problem, e.g. {@code policies.yaml doc 2: NetworkPolicy ns1/np: spec.ingress[0].ports[0].port:
 * expected a number or a name, got a list}.
 */
public final class ManifestException extends Exception {
    private static final long serialVersionUID = 1L;

    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.rampart.k8s.manifests;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Kubernetes object as read, before translation: kind, identity and the raw body.
 *
 * @param namespace null when the manifest names none
 */
public record KObject(String kind, String apiVersion, String name, @Nullable String namespace, Fields body,
        Source source) {

    /** {@code Kind ns/name} or {@code Kind name}, for messages. */
    public String describe() {
        return kind + " " + (namespace == null ? name : namespace + "/" + name);
    }
}

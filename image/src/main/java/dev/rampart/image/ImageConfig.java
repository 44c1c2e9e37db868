package dev.rampart.image;

import java.util.List;
import java.util.Map;

/**
 * The parts of an image's config (the OCI image configuration JSON) that analyzers read.
 *
 * @param env {@code config.Env} assignments as written
 * @param labels {@code config.Labels}
 * @param history {@code history[].created_by}, oldest first, including empty layers
 * @param user {@code config.User}, empty when unset
 */
public record ImageConfig(List<String> env, Map<String, String> labels, List<String> history, String user) {
    public static final ImageConfig EMPTY = new ImageConfig(List.of(), Map.of(), List.of(), "");

    public ImageConfig {
        env = List.copyOf(env);
        labels = Map.copyOf(labels);
        history = List.copyOf(history);
    }
}

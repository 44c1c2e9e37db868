package dev.rampart.image;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.Digest;
import dev.rampart.model.Issue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An image after one pass: what it is, its config, its squashed file tree, and what was skipped.
 */
public record ImageFiles(ArtifactInfo artifact, ImageConfig config, FileTree tree, List<Issue> issues) {
    public ImageFiles {
        issues = List.copyOf(issues);
    }

    /** The diff id of the layer at this index, or null for a plain directory. */
    public @Nullable Digest layerDiffId(int layer) {
        return artifact.layers().isEmpty() ? null : artifact.layers().get(layer).diffId();
    }
}

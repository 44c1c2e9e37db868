package dev.rampart.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What was scanned.
 *
 * @param name the input as the user named it (a path)
 * @param kind the form it came in
 * @param imageId the digest of the image config (what {@code docker images --digests} calls the id),
 *                null for a plain directory
 * @param manifestDigest the digest of the manifest, when the input carries one
 * @param repoTags repository tags recorded in the archive, if any
 * @param platform the platform the image was built for, null for a plain directory
 * @param layers the layers, bottom first
 */
public record ArtifactInfo(
        String name,
        ArtifactKind kind,
        @Nullable Digest imageId,
        @Nullable Digest manifestDigest,
        List<String> repoTags,
        @Nullable Platform platform,
        List<LayerInfo> layers) {

    public ArtifactInfo {
        repoTags = List.copyOf(repoTags);
        layers = List.copyOf(layers);
    }
}

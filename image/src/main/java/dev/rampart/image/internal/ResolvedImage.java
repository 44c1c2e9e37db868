package dev.rampart.image.internal;

import dev.rampart.image.ImageConfig;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Digest;
import dev.rampart.model.Platform;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An image's metadata once manifests and config have been read and checked.
 *
 * @param layers bottom first
 */
record ResolvedImage(
        ArtifactKind kind,
        Digest configDigest,
        @Nullable Digest manifestDigest,
        List<String> repoTags,
        Platform platform,
        ImageConfig config,
        List<LayerRef> layers) {

    /**
     * Where a layer's blob is and what it must hash to.
     *
     * @param blobName the name of the blob in its store
     * @param blobDigest the digest the stored bytes must have; null where the archive names the
     *                   blob by a path only (legacy {@code docker save}), where the diff id is the check
     * @param diffId the digest the uncompressed tar must have (from the config's rootfs)
     * @param createdBy the history entry that made the layer, if recorded
     */
    record LayerRef(String blobName, @Nullable Digest blobDigest, Digest diffId, String mediaType, long size,
                    @Nullable String createdBy) {}
}

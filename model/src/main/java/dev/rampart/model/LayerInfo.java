package dev.rampart.model;

import org.jspecify.annotations.Nullable;

/**
 * One layer of an image.
 *
 * @param digest the digest of the blob as stored (compressed), as the manifest names it
 * @param diffId the digest of the uncompressed tar, as the image config's rootfs names it
 * @param mediaType the manifest's media type for the blob
 * @param size the blob's size in bytes as stored
 * @param createdBy the history entry that made it ({@code RUN ...}), when the config records one
 */
public record LayerInfo(Digest digest, Digest diffId, String mediaType, long size, @Nullable String createdBy) {}

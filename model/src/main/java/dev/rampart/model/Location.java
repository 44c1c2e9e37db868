package dev.rampart.model;

import org.jspecify.annotations.Nullable;

/**
 * Where something was found: a path in the image's file tree and the layer (by diff id, the
 * digest of its uncompressed tar) that holds that version of the file. A plain directory has no
 * layers, so {@code layer} is null there.
 */
public record Location(@Nullable Digest layer, String path) {
    public Location {
        if (path.isEmpty() || path.charAt(0) != '/') {
            throw new IllegalArgumentException("location path must be absolute, got '" + path + "'");
        }
    }

    @Override
    public String toString() {
        return layer == null ? path : path + " (layer " + layer.shortHex() + ")";
    }
}

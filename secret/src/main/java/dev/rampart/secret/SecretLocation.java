package dev.rampart.secret;

import dev.rampart.model.Digest;
import org.jspecify.annotations.Nullable;

/** Where a secret was found: in a file of some layer, or in a field of the image config. */
public sealed interface SecretLocation {

    /**
     * A regular file.
     *
     * @param path absolute, normalised ({@code /opt/app/.env})
     * @param layer index of the layer holding this version of the file (0 is the bottom layer; 0 too
     *              for a plain directory or a file scanned on its own)
     * @param layerDiffId that layer's diff id; null for a plain directory or a file scanned on its own
     * @param inFinalImage false when a later layer deleted or replaced the file: it is no longer in the
     *                     final file system, but anyone who pulls the image can still read it
     */
    record InFile(String path, int layer, @Nullable Digest layerDiffId, boolean inFinalImage) implements SecretLocation {
        public InFile {
            if (path.isEmpty() || path.charAt(0) != '/') {
                throw new IllegalArgumentException("secret location path must be absolute, got '" + path + "'");
            }
            if (layer < 0) {
                throw new IllegalArgumentException("layer index must not be negative, got " + layer);
            }
        }

        @Override
        public String toString() {
            return path + (layerDiffId == null ? "" : " (layer " + layer + " " + layerDiffId.shortHex() + ")")
                    + (inFinalImage ? "" : " [not in final image]");
        }
    }

    /**
     * A value in the image configuration.
     *
     * @param field as in the config JSON: {@code config.Env[0]}, {@code config.Labels["a.b"]},
     *              {@code history[5].created_by}
     */
    record InConfig(String field) implements SecretLocation {
        public InConfig {
            if (field.isBlank()) {
                throw new IllegalArgumentException("config field is blank");
            }
        }

        @Override
        public String toString() {
            return "image config " + field;
        }
    }
}

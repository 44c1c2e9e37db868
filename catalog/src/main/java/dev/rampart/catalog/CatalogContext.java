package dev.rampart.catalog;

import dev.rampart.image.FileNode;
import dev.rampart.image.ImageFiles;
import dev.rampart.model.Digest;
import dev.rampart.model.Location;
import dev.rampart.model.OperatingSystem;
import org.jspecify.annotations.Nullable;

/**
 * What a cataloger reads: the image's squashed files and the operating system detected in it.
 */
public record CatalogContext(ImageFiles files, @Nullable OperatingSystem os) {
    /** The location of a file in the final image: its path and the layer holding it. */
    public Location locate(FileNode node) {
        return new Location(layer(node.layer()), node.path());
    }

    /** The diff id of a layer, null for a plain directory. */
    public @Nullable Digest layer(int index) {
        return files.layerDiffId(index);
    }
}

package dev.rampart.image.internal;

import dev.rampart.image.FileNode;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Applies layers bottom to top, as the OCI image spec's "Applying changesets" says: a layer's
 * whiteouts and opaque directories hide what lower layers put there (never the layer's own
 * entries), then its entries replace lower ones at the same path; a non-directory replacing a
 * directory takes the directory's contents away with it.
 */
public final class LayerMerger {
    private final NavigableMap<String, FileNode> tree = new TreeMap<>();

    void apply(LayerContent layer) {
        for (String dir : layer.opaqueDirs()) {
            removeBelow(dir);
        }
        for (String path : layer.whiteouts()) {
            tree.remove(path);
            removeBelow(path);
        }
        for (FileNode node : layer.entries().values()) {
            tree.put(node.path(), node);
            if (node.type() != FileNode.Type.DIRECTORY) {
                // also when the directory had no entry of its own, only children (tars need not list parents)
                removeBelow(node.path());
            }
        }
    }

    private void removeBelow(String dir) {
        String prefix = dir.equals("/") ? "/" : dir + "/";
        tree.subMap(prefix, true, prefix + Character.MAX_VALUE, false).clear();
    }

    NavigableMap<String, FileNode> result() {
        return tree;
    }
}

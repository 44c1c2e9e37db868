package dev.rampart.image.internal;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.FileNode;
import dev.rampart.model.Issue;
import dev.rampart.model.Digest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one layer holds, before it is applied over the layers below it.
 *
 * @param entries files by normalised path, last duplicate winning
 * @param whiteouts paths this layer deletes from lower layers ({@code .wh.<name>})
 * @param storedDigest the sha256 of the layer blob as stored (compressed), null for a directory
 * @param opaqueDirs directories whose lower-layer contents this layer hides ({@code .wh..wh..opq})
 */
record LayerContent(int index, Map<String, FileNode> entries, Set<String> whiteouts, Set<String> opaqueDirs,
                    List<Issue> issues, @Nullable Digest storedDigest, List<RawFinding> findings) {

    /** What an analyzer returned for one file of this layer, before the merge decides visibility. */
    record RawFinding(EntryAnalyzer<?> analyzer, String path, Object value) {}
}

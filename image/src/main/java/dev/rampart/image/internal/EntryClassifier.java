package dev.rampart.image.internal;

import dev.rampart.image.FileNode;
import dev.rampart.image.Limits;
import dev.rampart.image.PathNames;
import dev.rampart.model.Digest;
import dev.rampart.model.Issue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns raw entry names and links from one layer into safe tree entries, whiteouts and issues.
 * Shared by the tar layer reader and the root directory reader.
 *
 * <p>Decisions, each for a reason:
 * <ul>
 *   <li>a name that climbs above the root ({@code ../x}) is skipped: extracting it would write
 *       outside the image;</li>
 *   <li>a leading {@code /} or {@code ./} is dropped, as tar does, and noted once;</li>
 *   <li>a hard link whose target climbs above the root is skipped;</li>
 *   <li>symbolic links are kept as written: {@link dev.rampart.image.FileTree} resolves them inside
 *       the root only;</li>
 *   <li>a repeated name replaces the earlier entry (tar's extraction order) and is noted.</li>
 * </ul>
 */
final class EntryClassifier {
    static final String WHITEOUT_PREFIX = ".wh.";
    static final String OPAQUE = ".wh..wh..opq";

    private final String where;
    private final Limits limits;
    private final int layer;
    final Map<String, FileNode> entries = new LinkedHashMap<>();
    final Set<String> whiteouts = new HashSet<>();
    final Set<String> opaqueDirs = new HashSet<>();
    final List<Issue> issues;
    final List<LayerContent.RawFinding> findings = new java.util.ArrayList<>();
    private boolean notedAbsolute;

    EntryClassifier(String where, Limits limits, int layer, List<Issue> issues) {
        this.where = where;
        this.limits = limits;
        this.layer = layer;
        this.issues = issues;
    }

    /**
     * Returns the normalised absolute path for an entry name, or null (with an issue) when the
     * entry must be skipped.
     */
    @Nullable String path(String rawName) {
        if (rawName.length() > limits.maxPathLength()) {
            issues.add(new Issue(where, "skipped entry with a name longer than " + limits.maxPathLength()
                    + " characters (Limits.maxPathLength)"));
            return null;
        }
        if (rawName.indexOf('\0') >= 0) {
            issues.add(new Issue(where, "skipped entry with a NUL byte in its name"));
            return null;
        }
        if (PathNames.escapesRoot(rawName)) {
            issues.add(new Issue(where + " entry " + rawName, "skipped: the path leaves the image root"));
            return null;
        }
        if (rawName.startsWith("/") && !notedAbsolute) {
            notedAbsolute = true;
            issues.add(new Issue(where + " entry " + rawName, "absolute entry names are read relative to the image root"));
        }
        String path = PathNames.normalise(rawName);
        return path.equals("/") ? null : path;
    }

    /**
     * Records a whiteout entry if the name is one. Returns true when the entry was a whiteout and
     * must not itself appear in the tree.
     */
    boolean whiteout(String path) {
        if (path.startsWith("/" + WHITEOUT_PREFIX + WHITEOUT_PREFIX) && !path.equals("/" + OPAQUE)) {
            // AUFS keeps hard link targets and bookkeeping under /.wh..wh.plnk, .wh..wh.aufs and
            // .wh..wh.orph: not image content, skipped whole as Docker's layer unpacking does
            return true;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.startsWith(WHITEOUT_PREFIX)) {
            return false;
        }
        String dir = PathNames.parent(path);
        if (name.equals(OPAQUE)) {
            opaqueDirs.add(dir);
        } else if (!name.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) {
            // .wh..wh.* other than .opq are AUFS bookkeeping (.wh..wh.plnk): not whiteouts of a file
            String target = name.substring(WHITEOUT_PREFIX.length());
            whiteouts.add(dir.equals("/") ? "/" + target : dir + "/" + target);
        }
        return true;
    }

    @Nullable String hardlinkTarget(String path, String rawTarget) {
        if (PathNames.escapesRoot(rawTarget)) {
            issues.add(new Issue(where + " entry " + path, "skipped hard link to '" + rawTarget + "' outside the image root"));
            return null;
        }
        return PathNames.normalise(rawTarget);
    }

    void add(FileNode node) {
        FileNode previous = entries.put(node.path(), node);
        if (previous != null && !(previous.type() == FileNode.Type.DIRECTORY && node.type() == FileNode.Type.DIRECTORY)) {
            issues.add(new Issue(where + " entry " + node.path(), "appears more than once; the last one is used"));
        }
    }

    void skipSpecial(String path, String kind) {
        issues.add(new Issue(where + " entry " + path, "skipped " + kind + " (device files and FIFOs have no content to scan)"));
    }

    int layer() {
        return layer;
    }

    LayerContent content(@Nullable Digest storedDigest) {
        return new LayerContent(layer, entries, whiteouts, opaqueDirs, issues, storedDigest, findings);
    }
}

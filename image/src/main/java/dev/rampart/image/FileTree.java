package dev.rampart.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file system an image presents once its layers are applied in order: whiteouts removed what
 * they hide, later layers replaced earlier files. Symbolic links are resolved inside the tree only,
 * as a chroot would: {@code ..} at the root stays at the root, so no link leads out of the image.
 */
public final class FileTree {
    private final NavigableMap<String, FileNode> nodes;
    private final int maxSymlinkHops;

    public FileTree(NavigableMap<String, FileNode> nodes, int maxSymlinkHops) {
        this.nodes = new TreeMap<>(nodes);
        this.maxSymlinkHops = maxSymlinkHops;
    }

    /** The node at exactly this path (a link is returned as the link). */
    public Optional<FileNode> get(String path) {
        return Optional.ofNullable(nodes.get(path));
    }

    /**
     * The node this path leads to, following symbolic links in every component and hard links at
     * the end. Empty when the path does not exist, a link dangles, or more than the limit of links
     * would be followed. A hard link whose target a later layer replaced or deleted is returned
     * itself: it is still the file its own layer linked, with that file's size and kept bytes.
     */
    public Optional<FileNode> resolve(String path) {
        String resolved = resolvePath(path, 0);
        if (resolved == null) {
            return Optional.empty();
        }
        FileNode node = nodes.get(resolved);
        if (node != null && node.type() == FileNode.Type.HARDLINK && node.linkTarget() != null) {
            FileNode target = nodes.get(PathNames.normalise("/" + node.linkTarget()));
            return Optional.of(target != null && target.layer() <= node.layer() ? target : node);
        }
        return Optional.ofNullable(node);
    }

    /** The content of a wanted file at this path, following links. */
    public Optional<byte[]> read(String path) {
        return resolve(path).map(FileNode::content);
    }

    /** Direct children of a directory, by name order. */
    public List<FileNode> list(String dir) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        List<FileNode> children = new ArrayList<>();
        for (FileNode n : nodes.subMap(prefix, false, prefix + Character.MAX_VALUE, false).values()) {
            if (n.path().indexOf('/', prefix.length()) < 0) {
                children.add(n);
            }
        }
        return children;
    }

    public Collection<FileNode> all() {
        return nodes.values();
    }

    public int size() {
        return nodes.size();
    }

    private String resolvePath(String path, int hops) {
        String[] parts = PathNames.normalise(path).substring(1).split("/");
        String current = "";
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            String next = current + "/" + parts[i];
            FileNode n = nodes.get(next);
            if (n != null && n.type() == FileNode.Type.SYMLINK && n.linkTarget() != null) {
                if (hops >= maxSymlinkHops) {
                    return null;
                }
                String target = n.linkTarget().startsWith("/") ? n.linkTarget() : current + "/" + n.linkTarget();
                StringBuilder rest = new StringBuilder(target);
                for (int j = i + 1; j < parts.length; j++) {
                    rest.append('/').append(parts[j]);
                }
                return resolvePath(rest.toString(), hops + 1);
            }
            current = next;
        }
        return current.isEmpty() ? "/" : current;
    }
}

package dev.rampart.image;

import org.jspecify.annotations.Nullable;

/**
 * One file in the squashed tree.
 *
 * @param path absolute, normalised ({@code /etc/os-release})
 * @param type what the entry is
 * @param size bytes of content as the archive gave them (for regular files)
 * @param mode permission bits
 * @param linkTarget the target of a symbolic or hard link, as written in the archive; null otherwise
 * @param layer index of the layer that holds this version of the file (0 is the bottom layer)
 * @param content the bytes, for files some analyzer wanted; null for all others
 */
public record FileNode(String path, Type type, long size, int mode, @Nullable String linkTarget, int layer,
                       byte @Nullable [] content) {

    public enum Type { FILE, DIRECTORY, SYMLINK, HARDLINK }

    public boolean isFile() {
        return type == Type.FILE;
    }

    /** The last path component. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

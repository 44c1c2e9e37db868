package dev.rampart.image;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Path arithmetic inside an image, where the root is a floor: {@code ..} never climbs above it.
 */
public final class PathNames {
    private PathNames() {}

    /**
     * Makes a path absolute and removes {@code .}, {@code ..} and repeated slashes, clamping at
     * the root: {@code /a/../../etc} becomes {@code /etc}.
     */
    public static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }

    /**
     * Whether following this relative path from {@code dir} would climb above the root, which an
     * archive entry name must never do.
     */
    public static boolean escapesRoot(String path) {
        int depth = 0;
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            depth += p.equals("..") ? -1 : 1;
            if (depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** The parent directory of an absolute normalised path ({@code /} for top-level entries). */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}

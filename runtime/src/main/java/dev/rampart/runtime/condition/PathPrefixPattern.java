package dev.rampart.runtime.condition;

import java.util.ArrayList;
import java.util.List;

/**
 * The right side of {@code pmatch}: a path matches when one of the prefixes matches its first components.
 *
 * <p>Paths and prefixes are split on '/' into their non-empty components ({@code /opt//dir/} is
 * {@code opt, dir}); a prefix matches a path that has at least as many components, each matching the
 * prefix's component at the same place. A component holding {@code *}, {@code ?} or {@code [} is a
 * glob ({@link Glob}) matched against one path component, so {@code /opt/*}{@code /subdir} matches
 * {@code /opt/dir/subdir/file} and {@code *} never spans a '/'; any other component must be equal. The
 * prefix {@code /} matches every path.
 */
final class PathPrefixPattern {
    private final List<Prefix> prefixes;

    private record Prefix(String[] components, boolean[] glob) {}

    private PathPrefixPattern(List<Prefix> prefixes) {
        this.prefixes = prefixes;
    }

    static PathPrefixPattern of(List<String> prefixes) {
        List<Prefix> out = new ArrayList<>(prefixes.size());
        for (String p : prefixes) {
            String[] components = components(p);
            boolean[] glob = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                String c = components[i];
                glob[i] = c.indexOf('*') >= 0 || c.indexOf('?') >= 0 || c.indexOf('[') >= 0;
            }
            out.add(new Prefix(components, glob));
        }
        return new PathPrefixPattern(List.copyOf(out));
    }

    /** Walks the path's components in place, so a check allocates nothing unless a glob component is met. */
    boolean matches(String path) {
        for (Prefix p : prefixes) {
            if (matches(p, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Prefix p, String path) {
        int pos = 0;
        int n = path.length();
        for (int i = 0; i < p.components().length; i++) {
            while (pos < n && path.charAt(pos) == '/') {
                pos++;
            }
            if (pos == n) {
                return false; // the path has fewer components than the prefix
            }
            int end = path.indexOf('/', pos);
            end = end < 0 ? n : end;
            String c = p.components()[i];
            boolean same = p.glob()[i] ? Glob.matches(c, path.substring(pos, end))
                    : end - pos == c.length() && path.regionMatches(pos, c, 0, c.length());
            if (!same) {
                return false;
            }
            pos = end;
        }
        return true;
    }

    private static String[] components(String path) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (end > start) {
                out.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return out.toArray(String[]::new);
    }
}

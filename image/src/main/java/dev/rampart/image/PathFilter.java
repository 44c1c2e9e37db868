package dev.rampart.image;

/**
 * Which files an analyzer wants to read. Called for every regular file of every layer, so it
 * must be cheap: compare names and suffixes, never read anything.
 *
 * <p>Paths are absolute and normalised: {@code /var/lib/dpkg/status}.
 */
@FunctionalInterface
public interface PathFilter {
    boolean wants(String path);

    PathFilter NONE = path -> false;

    default PathFilter or(PathFilter other) {
        return path -> wants(path) || other.wants(path);
    }
}

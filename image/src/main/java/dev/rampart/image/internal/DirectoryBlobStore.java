package dev.rampart.image.internal;

import dev.rampart.image.ImageReadException;
import dev.rampart.image.PathNames;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The files of an OCI layout directory. Names that would leave the directory, and files that
 * are links, are refused.
 */
public final class DirectoryBlobStore implements BlobStore {
    private final Path root;

    public DirectoryBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private Path locate(String name) throws ImageReadException {
        if (PathNames.escapesRoot(name)) {
            throw new ImageReadException(root + ": refusing blob name " + name + " that leaves the layout");
        }
        return root.resolve(PathNames.normalise(name).substring(1));
    }

    @Override
    public boolean exists(String name) {
        try {
            return Files.isRegularFile(locate(name), LinkOption.NOFOLLOW_LINKS);
        } catch (ImageReadException e) {
            return false;
        }
    }

    @Override
    public long size(String name) {
        try {
            return Files.size(locate(name));
        } catch (IOException | ImageReadException e) {
            return -1;
        }
    }

    @Override
    public InputStream open(String name) throws IOException, ImageReadException {
        Path p = locate(name);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new ImageReadException(root + ": " + name + " is missing or not a regular file");
        }
        return new BufferedInputStream(Files.newInputStream(p), 1 << 16);
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public void close() {}
}

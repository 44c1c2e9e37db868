package dev.rampart.image.internal;

import dev.rampart.image.ImageReadException;
import dev.rampart.image.PathNames;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The files of a tar archive ({@code docker save}, OCI tar), opened at random through the tar's
 * index. A gzip-compressed archive is first inflated into a private temporary directory, the only
 * thing ever written to disk, and deleted on close.
 */
public final class TarBlobStore implements BlobStore {
    private final Path archive;
    private final TarFile tar;
    private final Map<String, TarArchiveEntry> entries = new HashMap<>();
    private final Path tempDir;

    private TarBlobStore(Path archive, TarFile tar, Path tempDir) {
        this.archive = archive;
        this.tar = tar;
        this.tempDir = tempDir;
        Map<String, String> links = new HashMap<>();
        for (TarArchiveEntry e : tar.getEntries()) {
            // "./blobs/x" and "blobs/x" are the same file; the last of duplicate names wins, as tar extracts
            String name = PathNames.normalise(e.getName()).substring(1);
            if (e.isFile()) {
                entries.put(name, e);
            } else if (e.isSymbolicLink() || e.isLink()) {
                String target = e.isLink() ? e.getLinkName() : PathNames.parent("/" + name) + "/" + e.getLinkName();
                links.put(name, PathNames.normalise(target).substring(1));
            }
        }
        // skopeo writes <id>/layer.tar as a link to ../<diffid>.tar: follow links to files inside the archive only
        links.forEach((name, target) -> {
            String t = target;
            for (int hops = 0; hops < 8 && links.containsKey(t); hops++) {
                t = links.get(t);
            }
            TarArchiveEntry file = entries.get(t);
            if (file != null && !entries.containsKey(name)) {
                entries.put(name, file);
            }
        });
    }

    public static TarBlobStore open(Path archive) throws ImageReadException {
        Path temp = null;
        try {
            Path tarPath = archive;
            if (isGzip(archive)) {
                temp = Files.createTempDirectory("rampart-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                tarPath = temp.resolve("image.tar");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16);
                     OutputStream out = Files.newOutputStream(tarPath)) {
                    in.transferTo(out);
                }
            }
            return new TarBlobStore(archive, new TarFile(tarPath), temp);
        } catch (IOException | IllegalArgumentException e) {
            deleteQuietly(temp);
            throw new ImageReadException(archive + ": cannot read tar archive: " + e.getMessage(), e);
        }
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    @Override
    public boolean exists(String name) {
        return entries.containsKey(name);
    }

    @Override
    public long size(String name) {
        TarArchiveEntry e = entries.get(name);
        return e == null ? -1 : e.getSize();
    }

    @Override
    public InputStream open(String name) throws IOException, ImageReadException {
        TarArchiveEntry e = entries.get(name);
        if (e == null) {
            throw new ImageReadException(archive + ": entry " + name + " is missing from the archive");
        }
        return new BufferedInputStream(tar.getInputStream(e), 1 << 16);
    }

    @Override
    public String describe() {
        return archive.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            tar.close();
        } finally {
            deleteQuietly(tempDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp dir we cannot delete is left for the OS to clear; nothing else depends on it
        }
    }
}

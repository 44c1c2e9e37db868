package dev.rampart.image.internal;

import dev.rampart.image.ImageReadException;
import dev.rampart.image.Limits;
import dev.rampart.image.PathNames;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The files of a tar archive ({@code docker save}, OCI tar), opened at random through the tar's
 * index. A gzip-compressed archive is first inflated into a private temporary directory, the only
 * thing ever written to disk, and deleted on close.
 *
 * <p>Layers are read in parallel, so an entry's bytes are read with positional reads of one
 * {@link FileChannel} (safe from many threads), not through {@link TarFile}'s streams, which share
 * one channel's position and hand a thread bytes another thread asked for.
 */
public final class TarBlobStore implements BlobStore {
    private final Path archive;
    private final FileChannel channel;
    private final Map<String, TarArchiveEntry> entries = new HashMap<>();
    private final Path tempDir;

    private TarBlobStore(Path archive, List<TarArchiveEntry> index, FileChannel channel, Path tempDir) {
        this.archive = archive;
        this.channel = channel;
        this.tempDir = tempDir;
        Map<String, String> links = new HashMap<>();
        for (TarArchiveEntry e : index) {
            // "./blobs/x" and "blobs/x" are the same file; the last of duplicate names wins, as tar extracts
            String name = PathNames.normalise(e.getName()).substring(1);
            // links first: commons-compress calls every non-directory entry a file, links included
            if (e.isSymbolicLink() || e.isLink()) {
                String target = e.isLink() ? e.getLinkName() : PathNames.parent("/" + name) + "/" + e.getLinkName();
                links.put(name, PathNames.normalise(target).substring(1));
            } else if (e.isFile()) {
                entries.put(name, e);
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

    public static TarBlobStore open(Path archive, Limits limits) throws ImageReadException {
        Path temp = null;
        try {
            Path tarPath = archive;
            if (isGzip(archive)) {
                temp = Files.createTempDirectory("rampart-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                tarPath = temp.resolve("image.tar");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16);
                     OutputStream out = Files.newOutputStream(tarPath)) {
                    byte[] buf = new byte[1 << 16];
                    long total = 0;
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        total += n;
                        if (total > limits.maxArchiveBytes()) {
                            throw new ImageReadException(archive + ": gzip-compressed archive inflates past "
                                    + limits.maxArchiveBytes() + " bytes (Limits.maxArchiveBytes)");
                        }
                        out.write(buf, 0, n);
                    }
                }
            }
            List<TarArchiveEntry> index;
            try (TarFile tar = new TarFile(tarPath)) {
                index = tar.getEntries();
            }
            return new TarBlobStore(archive, index, FileChannel.open(tarPath, StandardOpenOption.READ), temp);
        } catch (ImageReadException e) {
            deleteQuietly(temp);
            throw e;
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
        if (e.isSparse()) {
            throw new ImageReadException(archive + ": entry " + name + " is a sparse file, which image archives never hold");
        }
        return new BufferedInputStream(new Slice(channel, e.getDataOffset(), e.getSize(), archive + ": entry " + name), 1 << 16);
    }

    /** The bytes of one entry, read at their offset without moving the channel's position. */
    private static final class Slice extends InputStream {
        private final FileChannel channel;
        private final long end;
        private final String what;
        private long position;

        Slice(FileChannel channel, long offset, long size, String what) {
            this.channel = channel;
            this.position = offset;
            this.end = offset + size;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n < 0) {
                throw new EOFException(what + " is cut short: the archive ends inside it");
            }
            position += n;
            return n;
        }
    }

    @Override
    public String describe() {
        return archive.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
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

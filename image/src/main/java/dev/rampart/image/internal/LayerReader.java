package dev.rampart.image.internal;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.FileNode;
import dev.rampart.image.ImageReadException;
import dev.rampart.image.Limits;
import dev.rampart.image.PathFilter;
import dev.rampart.image.ReadListener;
import dev.rampart.model.Digest;
import dev.rampart.model.Issue;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads one layer blob once, front to back: hashes the stored bytes and the uncompressed tar as
 * they stream, walks the tar's entries, and keeps the bytes of wanted files only.
 */
final class LayerReader {
    private final BlobStore store;
    private final Limits limits;
    private final PathFilter wanted;
    private final AtomicLong bufferedBudget;
    private final ReadListener listener;
    private final AnalyzerRunner analyzers;

    LayerReader(BlobStore store, Limits limits, PathFilter wanted, AnalyzerRunner analyzers, AtomicLong bufferedBudget,
                ReadListener listener) {
        this.analyzers = analyzers;
        this.store = store;
        this.limits = limits;
        this.wanted = wanted;
        this.bufferedBudget = bufferedBudget;
        this.listener = listener;
    }

    LayerContent read(int index, ResolvedImage.LayerRef ref) throws IOException, ImageReadException {
        String where = store.describe() + ": layer " + index + " (" + ref.blobName() + ")";
        EntryClassifier entries = new EntryClassifier("layer " + index + " (" + ref.diffId().shortHex() + ")",
                limits, index, new ArrayList<>());
        Digest storedDigest;
        try (InputStream blob = store.open(ref.blobName())) {
            BufferedInputStream buffered = new BufferedInputStream(new Progress(blob, listener), 1 << 16);
            Decompression.Kind kind = Decompression.sniff(buffered);
            String limitMessage = where + " inflates past " + limits.maxLayerBytes() + " bytes (Limits.maxLayerBytes)";
            // an uncompressed blob is its own tar: one hash serves as both its digest and its diff id
            HashingInputStream stored = kind == Decompression.Kind.NONE ? null
                    : new HashingInputStream(buffered, Long.MAX_VALUE, "");
            HashingInputStream uncompressed = new HashingInputStream(
                    stored == null ? buffered : Decompression.open(stored, kind), limits.maxLayerBytes(), limitMessage);
            readEntries(uncompressed, entries, where);
            uncompressed.drain();
            if (stored != null) {
                stored.drain();
            }
            storedDigest = stored == null ? uncompressed.digest() : stored.digest();
            check(where, "blob", ref.blobDigest(), storedDigest);
            check(where, "uncompressed layer (diff id)", ref.diffId(), uncompressed.digest());
        } catch (HashingInputStream.LimitExceededException e) {
            throw new ImageReadException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ImageReadException(where + ": cannot be read: " + e.getMessage(), e);
        }
        listener.layerDone(index);
        return entries.content(storedDigest);
    }

    private void readEntries(InputStream in, EntryClassifier out, String where) throws IOException, ImageReadException {
        TarArchiveInputStream tar = new TarArchiveInputStream(new NonClosing(in));
        TarArchiveEntry e;
        long count = 0;
        byte[] drain = new byte[1 << 16];
        while ((e = nextEntry(tar, drain)) != null) {
            if (++count > limits.maxEntriesPerLayer()) {
                throw new ImageReadException(where + ": holds more than " + limits.maxEntriesPerLayer()
                        + " entries (Limits.maxEntriesPerLayer)");
            }
            String path = out.path(e.getName());
            if (path == null || out.whiteout(path)) {
                continue;
            }
            int layer = out.layer();
            int mode = e.getMode() & 07777;
            if (e.isDirectory()) {
                out.add(new FileNode(path, FileNode.Type.DIRECTORY, 0, mode, null, layer, null));
            } else if (e.isSymbolicLink()) {
                out.add(new FileNode(path, FileNode.Type.SYMLINK, 0, mode, e.getLinkName(), layer, null));
            } else if (e.isLink()) {
                String target = out.hardlinkTarget(path, e.getLinkName());
                if (target != null) {
                    FileNode linked = out.entries.get(target);
                    byte[] content = linked != null && wanted.wants(path) ? linked.content() : null;
                    out.add(new FileNode(path, FileNode.Type.HARDLINK, linked == null ? 0 : linked.size(), mode,
                            target.substring(1), layer, content));
                }
            } else if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO()) {
                out.skipSpecial(path, e.isFIFO() ? "FIFO" : "device file");
            } else if (e.isFile()) {
                byte[] content = wanted.wants(path) ? buffer(tar, path, e.getSize(), out) : null;
                out.add(new FileNode(path, FileNode.Type.FILE, e.getSize(), mode, null, layer, content));
                if (!analyzers.isEmpty()) {
                    var wanting = analyzers.wanting(path, e.getSize());
                    if (!wanting.isEmpty()) {
                        analyzers.run(wanting, new EntryAnalyzer.Entry(path, layer, e.getSize(), mode), content, tar,
                                limits.maxBufferedFileBytes(), out);
                    }
                }
            }
        }
    }

    /**
     * Moves to the next entry, first reading what is left of the current one through one reused
     * buffer: the tar reader's own skip allocates a buffer per entry, which showed in profiles.
     */
    private static TarArchiveEntry nextEntry(TarArchiveInputStream tar, byte[] drain) throws IOException {
        if (tar.getCurrentEntry() != null) {
            while (tar.read(drain, 0, drain.length) > 0) {
                // discard: only wanted files are kept, and they were read already
            }
        }
        return tar.getNextEntry();
    }

    /** Reads a wanted file's bytes within both the per-file and the whole-image budget. */
    private byte[] buffer(InputStream entry, String path, long declaredSize, EntryClassifier out) throws IOException {
        long cap = limits.maxBufferedFileBytes();
        if (declaredSize > cap) {
            out.issues.add(new Issue("layer " + out.layer() + " entry " + path,
                    "skipped: " + declaredSize + " bytes is more than " + cap + " (Limits.maxBufferedFileBytes)"));
            return null;
        }
        // never trust the header's size for the allocation: read at most cap+1 bytes and see
        byte[] bytes = entry.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > cap) {
            out.issues.add(new Issue("layer " + out.layer() + " entry " + path,
                    "skipped: more than " + cap + " bytes (Limits.maxBufferedFileBytes)"));
            return null;
        }
        if (bufferedBudget.addAndGet(-bytes.length) < 0) {
            bufferedBudget.addAndGet(bytes.length); // a skipped file holds no memory: its share goes back
            out.issues.add(new Issue("layer " + out.layer() + " entry " + path,
                    "skipped: the image's wanted files exceed " + limits.maxBufferedTotalBytes()
                            + " bytes in memory (Limits.maxBufferedTotalBytes)"));
            return null;
        }
        return bytes;
    }

    private static void check(String where, String what, Digest expected, Digest actual) throws ImageReadException {
        if (expected != null && !expected.equals(actual)) {
            throw new ImageReadException(where + ": " + what + " digest mismatch: expected " + expected + ", got " + actual);
        }
    }

    /** Reports stored bytes as they are read. */
    private static final class Progress extends FilterInputStream {
        private final ReadListener listener;

        Progress(InputStream in, ReadListener listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                listener.bytesRead(n);
            }
            return n;
        }
    }

    /** Lets the tar reader close without closing the hashing stream under it. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public void close() {}
    }
}

package dev.rampart.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.jspecify.annotations.Nullable;

/**
 * Builds a tar archive in memory, entry by entry, exactly as written: names are not cleaned, so
 * tests can build hostile archives ({@code ../escape}, absolute paths, links out of the root,
 * device files, duplicates, a header claiming more bytes than follow).
 */
public final class TarBuilder {
    private final List<TarArchiveEntry> entries = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private @Nullable TarArchiveEntry truncated;
    private byte[] truncatedBody = new byte[0];

    public TarBuilder file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public TarBuilder file(String name, byte[] content) {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(content.length);
        e.setMode(0100644);
        return add(e, content);
    }

    public TarBuilder dir(String name) {
        TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", true);
        e.setMode(040755);
        return add(e, new byte[0]);
    }

    public TarBuilder symlink(String name, String target) {
        TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
        e.setLinkName(target);
        return add(e, new byte[0]);
    }

    public TarBuilder hardlink(String name, String target) {
        TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_LINK, true);
        e.setLinkName(target);
        return add(e, new byte[0]);
    }

    public TarBuilder charDevice(String name) {
        TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_CHR, true);
        e.setDevMajor(1);
        e.setDevMinor(3);
        return add(e, new byte[0]);
    }

    public TarBuilder blockDevice(String name) {
        TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_BLK, true);
        e.setDevMajor(8);
        e.setDevMinor(0);
        return add(e, new byte[0]);
    }

    /**
     * Ends the archive inside a regular file whose header claims {@code declaredSize} bytes (up to
     * 8 GiB) of which only {@code body} follows: no padding, no end-of-archive blocks, as a cut-off
     * download or a hostile header leaves it. Entries added after it are not written.
     */
    public TarBuilder truncatedFile(String name, long declaredSize, byte[] body) {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(declaredSize);
        e.setMode(0100644);
        this.truncated = stamp(e);
        this.truncatedBody = body.clone();
        return this;
    }

    public TarBuilder fifo(String name) {
        return add(new TarArchiveEntry(name, TarConstants.LF_FIFO, true), new byte[0]);
    }

    /** A whiteout for {@code path}: an empty file {@code .wh.<name>} beside it. */
    public TarBuilder whiteout(String path) {
        int slash = path.lastIndexOf('/');
        return file(path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1), new byte[0]);
    }

    /** An opaque whiteout: hides everything lower layers put in {@code dir}. */
    public TarBuilder opaque(String dir) {
        return file((dir.endsWith("/") ? dir : dir + "/") + ".wh..wh..opq", new byte[0]);
    }

    private TarBuilder add(TarArchiveEntry e, byte[] body) {
        stamp(e);
        entries.add(e);
        bodies.add(body);
        return this;
    }

    /** Fixed time and owner, so the same entries always make the same bytes (and digests). */
    private static TarArchiveEntry stamp(TarArchiveEntry e) {
        e.setModTime(FileTime.from(Instant.EPOCH));
        e.setUserName("root");
        e.setGroupName("root");
        e.setUserId(0);
        e.setGroupId(0);
        return e;
    }

    public byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 512-byte blocks: the archive is the entries and two zero records, nothing more
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, 512)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (int i = 0; i < entries.size(); i++) {
                tar.putArchiveEntry(entries.get(i));
                tar.write(bodies.get(i));
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] complete = out.toByteArray();
        if (truncated == null) {
            return complete;
        }
        byte[] header = new byte[512];
        truncated.writeEntryHeader(header);
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.write(complete, 0, complete.length - 1024);
        cut.writeBytes(header);
        cut.writeBytes(truncatedBody);
        return cut.toByteArray();
    }
}

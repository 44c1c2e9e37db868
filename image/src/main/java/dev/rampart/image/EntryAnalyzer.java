package dev.rampart.image;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads files while their layer streams past, during the one pass: for content too large to
 * keep in memory (archives, binaries) or needed from every layer (secrets, which matter even in
 * files a later layer deleted).
 *
 * <p>Contract: {@link #wants} is asked for every regular file of every layer and must only compare
 * names and sizes. {@link #analyze} is called on the thread reading that layer, possibly on several
 * layers at once, so it keeps no mutable state; it may read as much of {@code content} as it likes
 * (the rest is skipped) and must not close it. What it returns is recorded with the file's path and
 * layer, and {@link ImageFiles#found} says whether that file is still in the final image. An
 * {@code IOException} it throws becomes an issue naming the analyzer and the file; the pass goes on.
 *
 * <pre>{@code
 * wants("/app/lib/x.jar", 12_345) -> true
 * analyze(Entry("/app/lib/x.jar", layer 2, ...), stream) -> [maven org.x:x 1.0]
 * }</pre>
 *
 * @param <R> what the analyzer finds in one file
 */
public interface EntryAnalyzer<R> {
    /** A short stable name used in issues. */
    String name();

    boolean wants(String path, long size);

    /**
     * Asked after {@link #wants} with the file's first bytes ({@link #HEAD_BYTES} or fewer): whether
     * to read the file after all. Lets an analyzer that wants "any file" drop binaries, and one that
     * wants executables drop everything without the right magic, before the file is copied for it.
     */
    default boolean wantsContent(Entry entry, byte[] head) {
        return true;
    }

    /**
     * What to record for a file this analyzer declined in {@link #wantsContent} (a count of skipped
     * binaries, say), or null to record nothing. Called on the same thread, with the same head.
     */
    default @Nullable R declined(Entry entry, byte[] head) {
        return null;
    }

    /** How many leading bytes {@link #wantsContent} sees. */
    int HEAD_BYTES = 8192;

    @Nullable R analyze(Entry entry, InputStream content) throws IOException;

    /** A regular file being read: where it is and what the archive says of it. */
    record Entry(String path, int layer, long size, int mode) {}

    /**
     * What an analyzer found in one file.
     *
     * @param inFinalImage whether this version of the file is what the final image has at {@code path}
     *                     (false when a later layer deleted or replaced it)
     */
    record Found<R>(String path, int layer, boolean inFinalImage, R value) {}
}

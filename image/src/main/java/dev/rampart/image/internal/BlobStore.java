package dev.rampart.image.internal;

import dev.rampart.image.ImageReadException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Named files of an image archive or layout, opened as streams. Names are relative and
 * normalised ({@code blobs/sha256/ab..}, {@code manifest.json}); a name that leaves the store is
 * never opened.
 */
public sealed interface BlobStore extends Closeable permits TarBlobStore, DirectoryBlobStore {
    boolean exists(String name);

    /** Stored size in bytes, or -1 when unknown. */
    long size(String name);

    InputStream open(String name) throws IOException, ImageReadException;

    /** What to call the store in messages: the archive or directory path. */
    String describe();
}

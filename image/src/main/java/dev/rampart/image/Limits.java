package dev.rampart.image;

/**
 * Bounds on the work an image may cause. Archives are hostile: every size and count read from
 * one is checked against these before it is acted on.
 *
 * @param maxLayerBytes decompressed bytes one layer may inflate to
 * @param maxEntriesPerLayer tar entries one layer may hold
 * @param maxBufferedFileBytes bytes of one wanted file kept in memory; a larger file is skipped with an issue
 * @param maxBufferedTotalBytes bytes of all wanted files kept in memory across the image
 * @param maxMetadataBytes bytes of one JSON document (index, manifest, config)
 * @param maxPathLength characters of one entry path
 * @param maxSymlinkHops symbolic links followed while resolving one path (Linux allows 40)
 * @param maxIndexDepth nested image indexes followed from index.json
 * @param maxArchiveBytes bytes a gzip-compressed image archive may inflate to in the private temp
 *                        directory it is unpacked into (the one write Rampart makes)
 */
public record Limits(
        long maxLayerBytes,
        long maxEntriesPerLayer,
        long maxBufferedFileBytes,
        long maxBufferedTotalBytes,
        int maxMetadataBytes,
        int maxPathLength,
        int maxSymlinkHops,
        int maxIndexDepth,
        long maxArchiveBytes) {

    /** Generous enough for real images (the largest public images have layers of a few GiB). */
    public static final Limits DEFAULT = new Limits(
            16L << 30, 2_000_000, 128L << 20, 1L << 30, 16 << 20, 4096, 40, 4, 64L << 30);

    public Limits {
        if (maxLayerBytes <= 0 || maxEntriesPerLayer <= 0 || maxBufferedFileBytes <= 0 || maxBufferedTotalBytes <= 0
                || maxMetadataBytes <= 0 || maxPathLength <= 0 || maxSymlinkHops <= 0 || maxIndexDepth <= 0
                || maxArchiveBytes <= 0) {
            throw new IllegalArgumentException("every limit must be positive: " + this);
        }
    }

    public Limits withMaxLayerBytes(long bytes) {
        return new Limits(bytes, maxEntriesPerLayer, maxBufferedFileBytes, maxBufferedTotalBytes, maxMetadataBytes,
                maxPathLength, maxSymlinkHops, maxIndexDepth, maxArchiveBytes);
    }

    public Limits withMaxEntriesPerLayer(long entries) {
        return new Limits(maxLayerBytes, entries, maxBufferedFileBytes, maxBufferedTotalBytes, maxMetadataBytes,
                maxPathLength, maxSymlinkHops, maxIndexDepth, maxArchiveBytes);
    }

    public Limits withMaxBufferedFileBytes(long bytes) {
        return new Limits(maxLayerBytes, maxEntriesPerLayer, bytes, maxBufferedTotalBytes, maxMetadataBytes,
                maxPathLength, maxSymlinkHops, maxIndexDepth, maxArchiveBytes);
    }

    public Limits withMaxArchiveBytes(long bytes) {
        return new Limits(maxLayerBytes, maxEntriesPerLayer, maxBufferedFileBytes, maxBufferedTotalBytes, maxMetadataBytes,
                maxPathLength, maxSymlinkHops, maxIndexDepth, bytes);
    }
}

package dev.rampart.vulndb.imports;

/**
 * Bounds on the work one OSV source may cause. Archives from the network or a user are hostile:
 * every count and size is checked as it is read, not trusted from a header.
 *
 * <p>The JSON nesting depth (64) and string length (8 MiB) of one record are bounded by
 * {@link dev.rampart.vulndb.osv.OsvParser}; a record over them is skipped as bad.
 *
 * @param maxEntries entries (zip entries, or files under a directory) one source may hold;
 *                   more fails the source
 * @param maxRecordBytes bytes of one record's JSON; a larger record is skipped as bad
 * @param maxSourceBytes bytes one source may inflate to in all; more fails the source
 * @param maxSkippedListed skipped records listed by name in the result (all are counted)
 */
public record Limits(long maxEntries, int maxRecordBytes, long maxSourceBytes, int maxSkippedListed) {

    /** osv.dev's largest per-ecosystem archives hold some 100,000 records and inflate to a few GiB. */
    public static final Limits DEFAULT = new Limits(2_000_000, 16 << 20, 32L << 30, 1_000);

    public Limits {
        if (maxEntries <= 0 || maxRecordBytes <= 0 || maxSourceBytes <= 0 || maxSkippedListed < 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    public Limits withMaxEntries(long entries) {
        return new Limits(entries, maxRecordBytes, maxSourceBytes, maxSkippedListed);
    }

    public Limits withMaxRecordBytes(int bytes) {
        return new Limits(maxEntries, bytes, maxSourceBytes, maxSkippedListed);
    }

    public Limits withMaxSourceBytes(long bytes) {
        return new Limits(maxEntries, maxRecordBytes, bytes, maxSkippedListed);
    }

    public Limits withMaxSkippedListed(int listed) {
        return new Limits(maxEntries, maxRecordBytes, maxSourceBytes, listed);
    }
}

package dev.rampart.catalog.rpm;

/**
 * Bounds on the work one rpm database file may cause. The file comes from an untrusted image:
 * every count and length read from it is checked against these before memory is allocated or a
 * loop is entered. Sizes that the file itself bounds (pages, slots, rows) are also checked
 * against the number of bytes actually present.
 *
 * @param maxHeaderEntries index entries one header blob may declare (rpm itself allows 65,536)
 * @param maxHeaderBytes bytes one header blob may occupy, index and data together (rpm allows 256 MiB;
 *                       the largest real headers are a few MiB)
 * @param maxPackages packages one database may hold
 * @param maxFilesPerPackage file names one package may list
 * @param maxPathLength characters of one file path (Linux PATH_MAX)
 * @param maxTotalPathChars characters of all file paths of one database together: a header can name
 *                          one long directory once and reuse it for every file, so the decoded paths
 *                          can be far larger than the file; this caps the memory they take
 * @param maxSqliteSteps SQLite virtual-machine steps the queries of one SQLite database may take (counted
 *                       in thousands); reading a row takes about ten, so a schema crafted to make the query
 *                       expensive is stopped here long before a real database would be
 */
public record RpmLimits(
        int maxHeaderEntries,
        int maxHeaderBytes,
        int maxPackages,
        int maxFilesPerPackage,
        int maxPathLength,
        long maxTotalPathChars,
        long maxSqliteSteps) {

    /** Generous for real systems: a full Fedora workstation has ~2,500 packages and ~400,000 files. */
    public static final RpmLimits DEFAULT =
            new RpmLimits(65_536, 64 << 20, 100_000, 1_000_000, 4096, 256L << 20, 100_000_000L);

    public RpmLimits {
        if (maxHeaderEntries <= 0 || maxHeaderBytes <= 0 || maxPackages <= 0 || maxFilesPerPackage <= 0
                || maxPathLength <= 0 || maxTotalPathChars <= 0 || maxSqliteSteps <= 0) {
            throw new IllegalArgumentException("every rpm limit must be positive: " + this);
        }
    }

    public RpmLimits withMaxHeaderEntries(int entries) {
        return new RpmLimits(entries, maxHeaderBytes, maxPackages, maxFilesPerPackage, maxPathLength,
                maxTotalPathChars, maxSqliteSteps);
    }

    public RpmLimits withMaxHeaderBytes(int bytes) {
        return new RpmLimits(maxHeaderEntries, bytes, maxPackages, maxFilesPerPackage, maxPathLength,
                maxTotalPathChars, maxSqliteSteps);
    }

    public RpmLimits withMaxPackages(int packages) {
        return new RpmLimits(maxHeaderEntries, maxHeaderBytes, packages, maxFilesPerPackage, maxPathLength,
                maxTotalPathChars, maxSqliteSteps);
    }

    public RpmLimits withMaxFilesPerPackage(int files) {
        return new RpmLimits(maxHeaderEntries, maxHeaderBytes, maxPackages, files, maxPathLength,
                maxTotalPathChars, maxSqliteSteps);
    }

    public RpmLimits withMaxPathLength(int chars) {
        return new RpmLimits(maxHeaderEntries, maxHeaderBytes, maxPackages, maxFilesPerPackage, chars,
                maxTotalPathChars, maxSqliteSteps);
    }

    public RpmLimits withMaxTotalPathChars(long chars) {
        return new RpmLimits(maxHeaderEntries, maxHeaderBytes, maxPackages, maxFilesPerPackage, maxPathLength,
                chars, maxSqliteSteps);
    }

    public RpmLimits withMaxSqliteSteps(long steps) {
        return new RpmLimits(maxHeaderEntries, maxHeaderBytes, maxPackages, maxFilesPerPackage, maxPathLength,
                maxTotalPathChars, steps);
    }
}

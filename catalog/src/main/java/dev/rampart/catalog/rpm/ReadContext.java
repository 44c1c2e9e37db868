package dev.rampart.catalog.rpm;

/**
 * The running totals of one database read, checked against {@link RpmLimits} as they grow.
 */
final class ReadContext {
    private final String file;
    private final RpmLimits limits;
    private final long fileLength;
    private int packages;
    private long blobBytes;
    private long pathChars;

    ReadContext(String file, RpmLimits limits, long fileLength) {
        this.file = file;
        this.limits = limits;
        this.fileLength = fileLength;
    }

    String file() {
        return file;
    }

    RpmLimits limits() {
        return limits;
    }

    /** Counts one more package record, before it is decoded. */
    void countPackage() throws RpmFormatException {
        if (++packages > limits.maxPackages()) {
            throw new RpmFormatException(file + ": holds more than " + limits.maxPackages()
                    + " packages, the limit (RpmLimits.maxPackages)");
        }
    }

    /**
     * Charges the bytes of one header blob. The blobs of a sound database are stored side by side,
     * so together they cannot outgrow the file; a crafted file that points many records at the same
     * bytes to multiply the work is stopped here.
     */
    void chargeBlob(long bytes, String record) throws RpmFormatException {
        blobBytes += bytes;
        if (blobBytes > fileLength) {
            throw new RpmFormatException(file + ": " + record + ": header blobs add up to more than the "
                    + fileLength + " bytes of the file, so records share bytes");
        }
    }

    /** Charges the characters of decoded file paths against the database's budget. */
    void chargePathChars(long chars, String record) throws RpmFormatException {
        pathChars += chars;
        if (pathChars > limits.maxTotalPathChars()) {
            throw new RpmFormatException(file + ": " + record + ": file paths of the database exceed "
                    + limits.maxTotalPathChars() + " characters, the limit (RpmLimits.maxTotalPathChars)");
        }
    }
}

package dev.rampart.catalog.golang;

/**
 * Bounds on the work one file may cause. Binaries come from an untrusted image: every length read
 * from one is checked against these before memory is allocated for it.
 *
 * @param maxProgramHeaderBytes bytes from the start of an ELF file to the end of its program header
 *                              table (real tables are a few hundred bytes right after the 64-byte header)
 * @param maxBuildInfoBytes bytes of the Go version and module information strings together
 *                          (the largest real ones, Kubernetes binaries, are ~60 KiB)
 */
public record GoLimits(int maxProgramHeaderBytes, int maxBuildInfoBytes) {
    public static final GoLimits DEFAULT = new GoLimits(64 << 10, 4 << 20);

    public GoLimits {
        if (maxProgramHeaderBytes <= 0 || maxBuildInfoBytes <= 0) {
            throw new IllegalArgumentException("every go limit must be positive: " + this);
        }
    }
}

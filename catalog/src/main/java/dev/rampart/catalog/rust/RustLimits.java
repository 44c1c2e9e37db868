package dev.rampart.catalog.rust;

/**
 * Bounds on the work one file may cause. Files come from an untrusted image: every offset, count
 * and length read from one is checked against these and against the bytes present before it is
 * acted on.
 *
 * @param maxNestingDepth arrays and tables nested in {@code Cargo.lock} or in the audit JSON
 * @param maxProgramHeaderBytes bytes from the start of an ELF file to the end of its program header table
 * @param maxUnloadedBytes bytes of an ELF file after its loaded segments (the sections not loaded at
 *                         run time and the section header table) kept to look for the audit data;
 *                         a stripped binary has a few KiB there, one with full debug information more
 * @param maxAuditJsonBytes bytes the compressed audit data may inflate to (real ones are tens of KiB)
 */
public record RustLimits(int maxNestingDepth, int maxProgramHeaderBytes, int maxUnloadedBytes, int maxAuditJsonBytes) {
    public static final RustLimits DEFAULT = new RustLimits(64, 64 << 10, 64 << 20, 16 << 20);

    public RustLimits {
        if (maxNestingDepth <= 0 || maxProgramHeaderBytes <= 0 || maxUnloadedBytes <= 0 || maxAuditJsonBytes <= 0) {
            throw new IllegalArgumentException("every rust limit must be positive: " + this);
        }
    }
}

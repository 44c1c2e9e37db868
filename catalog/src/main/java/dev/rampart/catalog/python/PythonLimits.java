package dev.rampart.catalog.python;

/**
 * Bounds on the work one Python file may cause. The files come from an untrusted image; their
 * sizes are already capped by the image reader's buffer limit, so what remains is structure.
 *
 * @param maxNestingDepth arrays and tables nested inside each other in a TOML or JSON lock file
 *                        (real lock files nest four or five deep)
 * @param maxFilesPerDistribution entries of one {@code RECORD} or {@code installed-files.txt} kept as
 *                                the distribution's files (the largest real ones list ~30,000)
 */
public record PythonLimits(int maxNestingDepth, int maxFilesPerDistribution) {
    public static final PythonLimits DEFAULT = new PythonLimits(64, 200_000);

    public PythonLimits {
        if (maxNestingDepth <= 0 || maxFilesPerDistribution <= 0) {
            throw new IllegalArgumentException("every python limit must be positive: " + this);
        }
    }
}

package dev.rampart.catalog.npm;

/**
 * An npm manifest or lockfile could not be read: it is not JSON or YAML, not the shape its format
 * has, or asks for more work than {@link NpmLimits} allows.
 */
final class NpmFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The 1-based line the problem is on, or 0 when unknown. */
    private final int line;

    NpmFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    NpmFormatException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    int line() {
        return line;
    }
}

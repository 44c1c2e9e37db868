package dev.rampart.catalog.rpm;

/**
 * An rpm database file could not be read: it is truncated, corrupt, of an unsupported variant,
 * or asks for more work than {@link RpmLimits} allows. The message is one line naming the file,
 * the record or offset, and the problem.
 */
public final class RpmFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public RpmFormatException(String message) {
        super(message);
    }

    public RpmFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

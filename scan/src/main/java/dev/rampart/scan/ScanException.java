package dev.rampart.scan;

/** A scan could not run: unreadable input, missing database. The message is one line naming what and why. */
public final class ScanException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScanException(String message) {
        super(message);
    }

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}

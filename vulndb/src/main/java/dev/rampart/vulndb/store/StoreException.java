package dev.rampart.vulndb.store;

/**
 * The vulnerability database cannot be opened, read or written. The message names the file and
 * the problem and, where the user can fix it, what to run.
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.rampart.vulndb.update;

/** An update that changed nothing at all: the database could not be read or written. */
public final class UpdateException extends Exception {
    private static final long serialVersionUID = 1L;

    public UpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}

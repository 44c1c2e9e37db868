package dev.rampart.vulndb.imports;

/** An import that wrote nothing: the message names the source or database and the problem. */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.rampart.vulndb.osv;

/** An OSV document that cannot be read; the message names the file or entry and the problem. */
public final class OsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public OsvFormatException(String message) {
        super(message);
    }

    public OsvFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

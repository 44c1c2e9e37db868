package dev.rampart.image;

/**
 * An image could not be read: a malformed or tampered archive, a digest mismatch, a limit
 * exceeded. The message is one line naming the file, the entry or blob, and the problem.
 */
public final class ImageReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageReadException(String message) {
        super(message);
    }

    public ImageReadException(String message, Throwable cause) {
        super(message, cause);
    }
}

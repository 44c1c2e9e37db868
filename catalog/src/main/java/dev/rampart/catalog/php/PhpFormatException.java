package dev.rampart.catalog.php;

import dev.rampart.catalog.JsonDocumentLimits;

/**
 * A Composer file could not be read: not JSON, not the shape Composer writes, or beyond {@link JsonDocumentLimits}.
 */
final class PhpFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the problem, or 0 when unknown. */
    private final int line;

    PhpFormatException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    PhpFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}

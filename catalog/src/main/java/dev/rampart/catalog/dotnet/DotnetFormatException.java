package dev.rampart.catalog.dotnet;

import dev.rampart.catalog.JsonDocumentLimits;

/** A .NET dependency file could not be read: not JSON, not the shape the SDK writes, or beyond {@link JsonDocumentLimits}. */
final class DotnetFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the problem, or 0 when unknown. */
    private final int line;

    DotnetFormatException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    DotnetFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}

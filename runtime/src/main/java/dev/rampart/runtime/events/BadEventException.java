package dev.rampart.runtime.events;

/** A line that is not a valid event, under the {@link BadLinePolicy#FAIL} policy: names the line. */
public final class BadEventException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    public BadEventException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}

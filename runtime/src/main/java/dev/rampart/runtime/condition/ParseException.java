package dev.rampart.runtime.condition;

/** A condition that does not follow the grammar; the message is Falco's wording, the position where it stopped. */
public final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Pos pos;

    public ParseException(String message, Pos pos) {
        super(message);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }
}

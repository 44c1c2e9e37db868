package dev.rampart.runtime.condition;

/** A condition that parses but cannot be compiled: unknown field, wrong operator for a type, bad literal. */
public final class CompileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Pos pos;

    public CompileException(String message, Pos pos) {
        super(message);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }
}

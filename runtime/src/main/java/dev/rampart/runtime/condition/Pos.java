package dev.rampart.runtime.condition;

/**
 * A position in a condition string: the character offset (from 0) and the line and column (from 1)
 * where a node or an error starts.
 */
public record Pos(int offset, int line, int column) {
    public static final Pos START = new Pos(0, 1, 1);

    public Pos {
        if (offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("invalid position: offset " + offset + ", line " + line + ", column " + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

package dev.rampart.secret.internal;

/**
 * Line and column (both 1-based) of byte offsets in UTF-8 text. The column counts characters,
 * not bytes, so it matches what an editor shows.
 */
final class TextPositions {
    private final byte[] data;
    private int offset;
    private int line = 1;
    private int lineStart;

    TextPositions(byte[] data) {
        this.data = data;
    }

    /** The line of {@code target}; targets must not decrease between calls. */
    int lineOf(int target) {
        advance(target);
        return line;
    }

    int columnOf(int target) {
        advance(target);
        int column = 1;
        for (int i = lineStart; i < target; i++) {
            if ((data[i] & 0xC0) != 0x80) { // a UTF-8 continuation byte is part of the previous character
                column++;
            }
        }
        return column;
    }

    private void advance(int target) {
        if (target < offset) {
            offset = 0;
            line = 1;
            lineStart = 0;
        }
        for (; offset < target; offset++) {
            if (data[offset] == '\n') {
                line++;
                lineStart = offset + 1;
            }
        }
    }
}

package dev.rampart.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Bounds on one JSON document read from an untrusted image or tree (a {@code .deps.json}, a
 * {@code composer.lock}, ...), and the bounded read itself: one place for catalogers whose files
 * are plain JSON.
 *
 * @param maxNestingDepth JSON arrays and objects open at once (the package formats nest about six deep)
 * @param maxDocumentChars characters of one document
 */
public record JsonDocumentLimits(int maxNestingDepth, int maxDocumentChars) {

    public static final JsonDocumentLimits DEFAULT = new JsonDocumentLimits(64, 64 << 20);

    public JsonDocumentLimits {
        if (maxNestingDepth <= 0 || maxDocumentChars <= 0) {
            throw new IllegalArgumentException("every JSON document limit must be positive: " + this);
        }
    }

    public JsonDocumentLimits withMaxNestingDepth(int depth) {
        return new JsonDocumentLimits(depth, maxDocumentChars);
    }

    public JsonDocumentLimits withMaxDocumentChars(int chars) {
        return new JsonDocumentLimits(maxNestingDepth, chars);
    }

    /** A document that could not be read within these limits; {@link #line()} is 1-based, 0 when unknown. */
    public static final class JsonDocumentException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        JsonDocumentException(int line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Reads a whole document; a syntax error, an empty file or a passed limit is an exception with its line. */
    public JsonNode read(byte[] content) throws JsonDocumentException {
        if (content.length > maxDocumentChars) {
            throw new JsonDocumentException(0, "file of " + content.length + " bytes exceeds JsonDocumentLimits.maxDocumentChars ("
                    + maxDocumentChars + ")", null);
        }
        try {
            JsonNode root = json().readTree(content);
            if (root == null || root.isMissingNode()) {
                throw new JsonDocumentException(1, "empty file where JSON was expected", null);
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new JsonDocumentException(lineOf(e), "JSON beyond JsonDocumentLimits (maxNestingDepth " + maxNestingDepth
                    + ", maxDocumentChars " + maxDocumentChars + "): " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new JsonDocumentException(lineOf(e), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new JsonDocumentException(0, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private ObjectMapper json() {
        return new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxDocumentLength(maxDocumentChars)
                .maxStringLength(maxDocumentChars)
                .build()).build());
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() != null ? Math.max(e.getLocation().getLineNr(), 0) : 0;
    }
}

package dev.rampart.catalog.php;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bounds on the work one Composer file may cause; the file comes from an untrusted image.
 *
 * @param maxNestingDepth JSON arrays and objects open at once (Composer's files nest about six deep)
 * @param maxDocumentChars characters of one {@code composer.lock} or {@code installed.json}
 */
public record PhpLimits(int maxNestingDepth, int maxDocumentChars) {

    public static final PhpLimits DEFAULT = new PhpLimits(64, 64 << 20);

    public PhpLimits {
        if (maxNestingDepth <= 0 || maxDocumentChars <= 0) {
            throw new IllegalArgumentException("every PHP limit must be positive: " + this);
        }
    }

    public PhpLimits withMaxNestingDepth(int depth) {
        return new PhpLimits(depth, maxDocumentChars);
    }

    public PhpLimits withMaxDocumentChars(int chars) {
        return new PhpLimits(maxNestingDepth, chars);
    }

    ObjectMapper json() {
        return new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxDocumentLength(maxDocumentChars)
                .maxStringLength(maxDocumentChars)
                .build()).build());
    }
}

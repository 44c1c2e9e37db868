package dev.rampart.catalog.dotnet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bounds on the work one .NET file may cause; the file comes from an untrusted image.
 *
 * @param maxNestingDepth JSON arrays and objects open at once (both formats nest about five deep)
 * @param maxDocumentChars characters of one {@code .deps.json} or {@code packages.lock.json}
 */
public record DotnetLimits(int maxNestingDepth, int maxDocumentChars) {

    public static final DotnetLimits DEFAULT = new DotnetLimits(64, 64 << 20);

    public DotnetLimits {
        if (maxNestingDepth <= 0 || maxDocumentChars <= 0) {
            throw new IllegalArgumentException("every .NET limit must be positive: " + this);
        }
    }

    public DotnetLimits withMaxNestingDepth(int depth) {
        return new DotnetLimits(depth, maxDocumentChars);
    }

    public DotnetLimits withMaxDocumentChars(int chars) {
        return new DotnetLimits(maxNestingDepth, chars);
    }

    ObjectMapper json() {
        return new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxDocumentLength(maxDocumentChars)
                .maxStringLength(maxDocumentChars)
                .build()).build());
    }
}

package dev.rampart.catalog.npm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Bounds on the work one npm file may cause. Manifests and lockfiles come from an untrusted image;
 * the image reader already caps how many bytes of one file are kept, these cap what parsing them
 * may cost on top of that.
 *
 * @param maxNestingDepth arrays and objects (JSON) or sequences and mappings (YAML) open at once;
 *                        a package-lock v1 spends two levels per nested {@code node_modules}, and real
 *                        trees stay below 40 levels
 * @param maxDocumentChars characters of one manifest or lockfile (the largest real lockfiles are tens of MiB)
 */
public record NpmLimits(int maxNestingDepth, int maxDocumentChars) {

    public static final NpmLimits DEFAULT = new NpmLimits(256, 128 << 20);

    public NpmLimits {
        if (maxNestingDepth <= 0 || maxDocumentChars <= 0) {
            throw new IllegalArgumentException("every npm limit must be positive: " + this);
        }
    }

    public NpmLimits withMaxNestingDepth(int depth) {
        return new NpmLimits(depth, maxDocumentChars);
    }

    public NpmLimits withMaxDocumentChars(int chars) {
        return new NpmLimits(maxNestingDepth, chars);
    }

    /** A JSON reader that stops at these limits with a message naming the limit. */
    ObjectMapper json() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxDocumentLength(maxDocumentChars)
                .maxStringLength(maxDocumentChars)
                .build();
        return new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints).build());
    }

    /** YAML settings for these limits; nesting is counted by {@link YamlTree}, which builds the tree. */
    LoadSettings yaml() {
        return LoadSettings.builder()
                .setCodePointLimit(maxDocumentChars)
                .setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(0)
                .build();
    }
}

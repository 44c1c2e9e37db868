package dev.rampart.k8s.manifests;

/**
 * Bounds on the work one manifest set may cause. Manifests come from users and clusters, so every
 * file is parsed with these limits and a breach is a {@link ManifestException} naming the file.
 *
 * @param maxFileCodePoints characters of one file (snakeyaml-engine {@code codePointLimit})
 * @param maxAliases aliases expanded per document, against "billion laughs" documents
 * @param maxDepth nesting of mappings and sequences in one document
 * @param maxDocuments documents in one file
 * @param maxFiles manifest files under the given paths
 */
public record YamlLimits(int maxFileCodePoints, int maxAliases, int maxDepth, int maxDocuments, int maxFiles) {

    /** Room for a {@code kubectl get -o yaml} dump of a large cluster in one file. */
    public static final YamlLimits DEFAULT = new YamlLimits(256 << 20, 100, 64, 200_000, 100_000);

    public YamlLimits {
        if (maxFileCodePoints <= 0 || maxAliases < 0 || maxDepth <= 0 || maxDocuments <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    public YamlLimits withMaxDepth(int depth) {
        return new YamlLimits(maxFileCodePoints, maxAliases, depth, maxDocuments, maxFiles);
    }

    public YamlLimits withMaxFileCodePoints(int codePoints) {
        return new YamlLimits(codePoints, maxAliases, maxDepth, maxDocuments, maxFiles);
    }

    public YamlLimits withMaxAliases(int aliases) {
        return new YamlLimits(maxFileCodePoints, aliases, maxDepth, maxDocuments, maxFiles);
    }
}

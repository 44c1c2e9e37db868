package dev.rampart.catalog.java;

/**
 * Bounds on reading one archive from an image, which may be hostile (zip bombs, nesting loops).
 *
 * @param maxDepth nesting of archives inside archives ({@code app.ear!/x.war!/WEB-INF/lib/y.jar} is 2)
 * @param maxEntries entries read from one archive, nested ones counted separately
 * @param maxInflatedBytes bytes inflated from one top-level archive, nested content included
 * @param maxMetadataBytes bytes of one pom.properties or MANIFEST.MF
 */
record JavaLimits(int maxDepth, int maxEntries, long maxInflatedBytes, int maxMetadataBytes) {
    static final JavaLimits DEFAULT = new JavaLimits(8, 200_000, 4L << 30, 1 << 20);
}

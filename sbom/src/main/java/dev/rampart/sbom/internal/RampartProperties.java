package dev.rampart.sbom.internal;

/**
 * Names of the properties Rampart adds to CycloneDX components, in its own {@code rampart:}
 * namespace (CycloneDX property taxonomy: https://github.com/CycloneDX/cyclonedx-property-taxonomy).
 * A name may repeat: one {@code rampart:layer:diffId} per layer, bottom first.
 */
public final class RampartProperties {
    /** On the root: the form the input came in, as {@code ArtifactKind.label()} writes it ({@code docker-archive}, {@code rootfs}, ...). */
    public static final String ARTIFACT_KIND = "rampart:artifact:kind";
    /** On the root: the image id, the digest of its config ({@code sha256:...}). */
    public static final String IMAGE_ID = "rampart:image:id";
    /** On the root: the digest of the image manifest, when the input carries one. */
    public static final String IMAGE_MANIFEST_DIGEST = "rampart:image:manifestDigest";
    /** On the root: one per repository tag recorded in the archive. */
    public static final String IMAGE_REPO_TAG = "rampart:image:repoTag";
    /** On the root: the platform the image was built for ({@code linux/arm64/v8}). */
    public static final String IMAGE_PLATFORM = "rampart:image:platform";
    /** On the root, one per layer bottom first; on a package, the layer holding its database entry. */
    public static final String LAYER_DIFF_ID = "rampart:layer:diffId";
    /** On a package: its ecosystem ({@code deb}, {@code apk}, {@code rpm}). */
    public static final String PACKAGE_TYPE = "rampart:package:type";
    /** On a package: the source package it was built from, when the database records one. */
    public static final String PACKAGE_SRC_NAME = "rampart:package:srcName";
    /** On a package: the version of that source package. */
    public static final String PACKAGE_SRC_VERSION = "rampart:package:srcVersion";
    /** On a package: the architecture it was built for, when recorded. */
    public static final String PACKAGE_ARCH = "rampart:package:arch";
    /** On a package: the absolute path of the database file that lists it. */
    public static final String LOCATION_PATH = "rampart:location:path";

    /** On a package: one property per ecosystem fact, {@code rampart:package:<key>} for each key of {@code PackageProperties}. */
    public static final String PACKAGE_PROPERTY_PREFIX = "rampart:package:";

    private RampartProperties() {}
}

package dev.rampart.model;

/**
 * The keys of {@link Package#properties()}: one constant per fact, each documented with the
 * ecosystems that set it and the form of its value.
 */
public final class PackageProperties {
    private PackageProperties() {}

    /** Java: the lower-case hex SHA-1 of the archive's bytes (Maven Central's search key). */
    public static final String SHA1 = "sha1";
    /** Java: how the coordinates were found: {@code pom.properties}, {@code MANIFEST.MF} or {@code filename}. */
    public static final String IDENTIFIED_BY = "identifiedBy";
    /** npm, Python, PHP, Ruby: {@code true} for a development-only dependency. */
    public static final String DEV = "dev";
    /** Any language package whose files an OS package installed: that package's name (Debian's python3-*). */
    public static final String OWNED_BY = "ownedBy";
    /** Go: the Go toolchain version a binary was built with ({@code go1.22.3}). */
    public static final String GO_VERSION = "goVersion";
    /** Go, Rust: {@code main} for the main module of a binary. */
    public static final String ROLE = "role";
    /** Lockfile packages: the integrity or checksum the lockfile records. */
    public static final String INTEGRITY = "integrity";
}

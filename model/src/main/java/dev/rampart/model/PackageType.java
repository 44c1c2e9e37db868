package dev.rampart.model;

/**
 * Where a package was installed from, which decides its version scheme and its purl type.
 */
public enum PackageType {
    /** Debian and Ubuntu packages from the dpkg database. */
    DEB("deb"),
    /** Alpine packages from the apk database. */
    APK("apk"),
    /** Red Hat, SUSE, Mariner, ... packages from an rpm database. */
    RPM("rpm"),
    /** Java archives and Maven/Gradle dependencies. */
    MAVEN("maven"),
    /** npm packages (node_modules, package-lock, yarn, pnpm). */
    NPM("npm"),
    /** Python distributions. */
    PYPI("pypi"),
    /** Go modules, including the standard library of a Go binary. */
    GOLANG("golang"),
    /** Ruby gems. */
    GEM("gem"),
    /** Rust crates. */
    CARGO("cargo"),
    /** PHP Composer packages. */
    COMPOSER("composer"),
    /** .NET NuGet packages. */
    NUGET("nuget"),
    /** A Java runtime found in the image (lib/modules and a release file). */
    JDK("generic");

    private final String purlType;

    PackageType(String purlType) {
        this.purlType = purlType;
    }

    /** The purl type registered for this ecosystem in the purl spec. */
    public String purlType() {
        return purlType;
    }

    public boolean isOsPackage() {
        return switch (this) {
            case DEB, APK, RPM -> true;
            case MAVEN, NPM, PYPI, GOLANG, GEM, CARGO, COMPOSER, NUGET, JDK -> false;
        };
    }
}

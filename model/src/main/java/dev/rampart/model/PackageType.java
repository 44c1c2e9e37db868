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
    RPM("rpm");

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
        };
    }
}

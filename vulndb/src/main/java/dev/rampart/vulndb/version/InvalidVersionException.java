package dev.rampart.vulndb.version;

/**
 * A version that its scheme cannot order, for example {@code "1:"} for dpkg (an epoch with nothing
 * after it). The message names the scheme, quotes the text and says what is wrong with it:
 * {@code invalid Debian (dpkg) version '1:': nothing after the epoch's colon}.
 */
public final class InvalidVersionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String scheme;
    private final String version;

    public InvalidVersionException(VersionScheme scheme, String version, String reason) {
        super("invalid " + scheme.name() + " version '" + version + "': " + reason);
        this.scheme = scheme.name();
        this.version = version;
    }

    /** The name of the scheme that refused the version, as {@link VersionScheme#name()} gives it. */
    public String scheme() {
        return scheme;
    }

    /** The text that was refused, exactly as given. */
    public String version() {
        return version;
    }
}

package dev.rampart.model;

import java.util.Locale;

/**
 * An OCI platform: {@code os/architecture[/variant]}, for example {@code linux/arm64/v8}.
 */
public record Platform(String os, String architecture, String variant) {
    public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", "");

    public Platform {
        if (os.isBlank() || architecture.isBlank()) {
            throw new IllegalArgumentException("invalid platform '" + os + "/" + architecture
                    + "': os and architecture must be set");
        }
        os = os.toLowerCase(Locale.ROOT);
        architecture = architecture.toLowerCase(Locale.ROOT);
        variant = variant.toLowerCase(Locale.ROOT);
    }

    /** Parses {@code os/arch} or {@code os/arch/variant}. */
    public static Platform parse(String value) {
        String[] parts = value.split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("invalid platform '" + value + "': expected os/arch[/variant], for example linux/amd64");
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
    }

    /**
     * Whether an image built for {@code other} runs here. An empty variant on either side matches
     * any variant, as container runtimes treat it.
     */
    public boolean matches(Platform other) {
        return os.equals(other.os) && architecture.equals(other.architecture)
                && (variant.isEmpty() || other.variant.isEmpty() || variant.equals(other.variant));
    }

    @Override
    public String toString() {
        return variant.isEmpty() ? os + "/" + architecture : os + "/" + architecture + "/" + variant;
    }
}

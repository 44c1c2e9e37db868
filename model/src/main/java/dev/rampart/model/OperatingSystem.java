package dev.rampart.model;

/**
 * The distribution an image is built from.
 *
 * @param id the distro id as /etc/os-release's {@code ID} writes it, lower case
 *           ({@code debian}, {@code ubuntu}, {@code alpine}, {@code rhel}, {@code centos},
 *           {@code sles}, {@code mariner}, ...)
 * @param version the most precise version the image records ({@code 12.5} from
 *                /etc/debian_version rather than {@code 12}; {@code 3.16.2} from
 *                /etc/alpine-release); empty when the image records none
 * @param prettyName a name for people, from {@code PRETTY_NAME} where present
 */
public record OperatingSystem(String id, String version, String prettyName) {
    public OperatingSystem {
        if (id.isBlank()) {
            throw new IllegalArgumentException("operating system id must not be blank");
        }
    }

    /** The major release: {@code 12} for {@code 12.5}, {@code 3.16} for Alpine {@code 3.16.2}. */
    public String release() {
        if (id.equals("alpine")) {
            String[] parts = version.split("\\.");
            return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
        }
        int dot = version.indexOf('.');
        return id.equals("ubuntu") || dot < 0 ? version : version.substring(0, dot);
    }

    @Override
    public String toString() {
        return version.isEmpty() ? id : id + " " + version;
    }
}

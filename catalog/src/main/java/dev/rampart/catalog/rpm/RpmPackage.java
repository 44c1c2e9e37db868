package dev.rampart.catalog.rpm;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One installed rpm, decoded from its header blob.
 *
 * <p>Text tags that the header lacks are empty strings, never null; only the epoch tells "absent"
 * (null) from "zero", because rpm itself does ({@code bash-0:4.4} and {@code bash-4.4} compare
 * equal, but tools print them differently).
 *
 * @param name {@code NAME} (1000), never blank
 * @param epoch {@code EPOCH} (1003), or null when the header has none
 * @param version {@code VERSION} (1001), never blank
 * @param release {@code RELEASE} (1002), never blank
 * @param arch {@code ARCH} (1022), for example {@code x86_64} or {@code noarch}; empty for the
 *             {@code gpg-pubkey} pseudo-packages, which have none
 * @param sourceRpm {@code SOURCERPM} (1044), for example {@code bash-4.4-19.6.1.src.rpm}; empty when none
 * @param license {@code LICENSE} (1014) as recorded, for example {@code GPLv3+ and LGPLv2+}
 * @param vendor {@code VENDOR} (1011)
 * @param files absolute installed paths, from {@code DIRNAMES}/{@code BASENAMES}/{@code DIRINDEXES}
 *              (1118/1117/1116) or, in very old headers, {@code OLDFILENAMES} (1027); in header order
 */
public record RpmPackage(
        String name,
        @Nullable Integer epoch,
        String version,
        String release,
        String arch,
        String sourceRpm,
        String license,
        String vendor,
        List<String> files) {

    public RpmPackage {
        if (name.isBlank()) {
            throw new IllegalArgumentException("rpm package has a blank name");
        }
        if (version.isBlank() || release.isBlank()) {
            throw new IllegalArgumentException("rpm package " + name + " has a blank version or release: '"
                    + version + "-" + release + "'");
        }
        if (epoch != null && epoch < 0) {
            throw new IllegalArgumentException("rpm package " + name + " has a negative epoch " + epoch);
        }
        files = List.copyOf(files);
    }

    /** {@code version-release}, as rpm and most scanners print the version. */
    public String versionRelease() {
        return version + "-" + release;
    }

    /** {@code [epoch:]version-release}: the epoch only when the header has one. */
    public String evr() {
        return (epoch != null ? epoch + ":" : "") + versionRelease();
    }
}

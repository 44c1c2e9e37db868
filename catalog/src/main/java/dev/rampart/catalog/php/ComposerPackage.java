package dev.rampart.catalog.php;

import java.util.List;

/**
 * One package as Composer records it in {@code composer.lock} or {@code installed.json}.
 *
 * @param name {@code vendor/name}
 * @param version the version as Composer writes it ({@code v5.4.0}, {@code 3.0.0}, {@code dev-main})
 * @param dev whether it is a development requirement ({@code packages-dev}, {@code dev-package-names})
 * @param licenses SPDX identifiers from the {@code license} array
 * @param integrity the {@code dist.shasum} (SHA-1 of the archive), empty when Composer left it blank
 */
record ComposerPackage(String name, String version, boolean dev, List<String> licenses, String integrity) {
    ComposerPackage {
        licenses = List.copyOf(licenses);
    }
}

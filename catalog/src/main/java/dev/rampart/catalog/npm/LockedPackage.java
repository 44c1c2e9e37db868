package dev.rampart.catalog.npm;

import java.util.List;

/**
 * One package a lockfile pins.
 *
 * @param name the registry name ({@code @babel/core}; an alias is resolved to the package it stands for)
 * @param version the exact version
 * @param dev whether the lockfile marks it as needed for development only
 * @param integrity the Subresource Integrity string or checksum the lockfile records, or empty
 * @param licenses licenses the lockfile records (package-lock v2 and later), else empty
 * @param installPath where npm installs it, relative to the lockfile's folder
 *                    ({@code node_modules/a/node_modules/b}); empty for formats that do not say
 */
record LockedPackage(String name, String version, boolean dev, String integrity, List<String> licenses,
                     String installPath) {
    LockedPackage {
        licenses = List.copyOf(licenses);
    }
}

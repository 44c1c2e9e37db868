package dev.rampart.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One installed package.
 *
 * @param type the ecosystem it comes from
 * @param name the package name as its database writes it
 * @param version the full version as the ecosystem writes it: dpkg {@code [epoch:]upstream[-revision]},
 *                rpm {@code [epoch:]version-release}, apk {@code version-rN}
 * @param architecture the architecture it was built for, or empty
 * @param source the source package it was built from (distro advisories are keyed by it), or null
 *               when the database records none (then the package is its own source)
 * @param licenses license names or SPDX expressions exactly as recorded
 * @param purl its package URL
 * @param location the database file that lists it, with the layer that holds that file
 * @param files installed files where the database lists them (absolute paths)
 * @param properties facts particular to an ecosystem, by the keys in {@link PackageProperties}
 *                   (an archive's SHA-1, a dev dependency, the OS package that owns the files, ...)
 */
public record Package(
        PackageType type,
        String name,
        String version,
        String architecture,
        @Nullable SourcePackage source,
        List<String> licenses,
        Purl purl,
        Location location,
        List<String> files,
        Map<String, String> properties) {

    public Package {
        if (name.isBlank()) {
            throw new IllegalArgumentException(type + " package in " + location + " has no name");
        }
        Objects.requireNonNull(version, "version");
        licenses = List.copyOf(licenses);
        files = List.copyOf(files);
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** An OS package or any package without ecosystem properties. */
    public Package(PackageType type, String name, String version, String architecture, @Nullable SourcePackage source,
                   List<String> licenses, Purl purl, Location location, List<String> files) {
        this(type, name, version, architecture, source, licenses, purl, location, files, Map.of());
    }

    /** The source package, or this package itself when none is recorded. */
    public SourcePackage sourceOrSelf() {
        return source != null ? source : new SourcePackage(name, version);
    }

    /** Name and version of the package a binary package was built from. */
    public record SourcePackage(String name, String version) {}
}

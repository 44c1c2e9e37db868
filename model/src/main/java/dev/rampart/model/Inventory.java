package dev.rampart.model;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything installed in an artifact: the input, its operating system and its packages, sorted
 * by type, name, version and location so that reports are stable.
 *
 * @param issues what was skipped or could not be read, in the order met
 */
public record Inventory(ArtifactInfo artifact, @Nullable OperatingSystem os, List<Package> packages, List<Issue> issues) {
    private static final Comparator<Package> ORDER = Comparator.comparing(Package::type)
            .thenComparing(Package::name)
            .thenComparing(Package::version)
            .thenComparing(p -> p.location().path());

    public Inventory {
        packages = packages.stream().sorted(ORDER).toList();
        issues = List.copyOf(issues);
    }
}

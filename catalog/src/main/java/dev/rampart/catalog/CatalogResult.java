package dev.rampart.catalog;

import dev.rampart.model.Issue;
import dev.rampart.model.Package;
import java.util.List;

/** Packages a cataloger found and what it could not read. */
public record CatalogResult(List<Package> packages, List<Issue> issues) {
    public static final CatalogResult EMPTY = new CatalogResult(List.of(), List.of());

    public CatalogResult {
        packages = List.copyOf(packages);
        issues = List.copyOf(issues);
    }
}

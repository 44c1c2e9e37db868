package dev.rampart.catalog.dotnet;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.catalog.JsonDocumentLimits;
import dev.rampart.image.FileNode;
import dev.rampart.model.Issue;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * .NET NuGet packages of published applications and locked projects.
 *
 * <p>Files read:
 * <ul>
 *   <li>{@code *.deps.json}, written beside every published application and library ({@link DepsJsonParser},
 *       https://github.com/dotnet/sdk/blob/main/documentation/specs/runtime-configuration-file.md): its
 *       {@code package} libraries, each marked with {@link #SERVICEABLE}.</li>
 *   <li>{@code packages.lock.json}, NuGet's lockfile in a project folder ({@link PackagesLockParser},
 *       https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies).</li>
 * </ul>
 *
 * <p>A published application's {@code deps.json} and a project's lockfile live in different folders
 * (the build output and the source tree), so both are reported, each from its own file; within one
 * file each package is listed once. Neither format records licenses or development-only packages.
 *
 * <p>purl: {@code pkg:nuget/Name@Version}, the package id as written (NuGet ids are not lower-cased
 * by the purl spec). {@link PackageProperties#INTEGRITY} is deps.json's {@code sha512} or the
 * lockfile's {@code contentHash}.
 */
public final class DotnetCataloger implements Cataloger {
    /**
     * deps.json: {@code true} when the runtime may roll the package forward to a serviced
     * (security-patched) version from a servicing store, else {@code false}.
     */
    public static final String SERVICEABLE = "serviceable";

    private static final String DEPS_JSON = ".deps.json";
    private static final String LOCKFILE = "packages.lock.json";

    private final JsonDocumentLimits limits;

    public DotnetCataloger() {
        this(JsonDocumentLimits.DEFAULT);
    }

    public DotnetCataloger(JsonDocumentLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "dotnet";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return (file.endsWith(DEPS_JSON) && file.length() > DEPS_JSON.length()) || file.equals(LOCKFILE);
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (FileNode n : ctx.files().tree().all()) {
            if (!n.isFile() || n.content() == null || !wants(n.path())) {
                continue;
            }
            try {
                List<NugetPackage> found = n.name().equals(LOCKFILE)
                        ? PackagesLockParser.parse(n.content(), limits, s -> issues.add(new Issue(n.path(), s)))
                        : DepsJsonParser.parse(n.content(), limits, s -> issues.add(new Issue(n.path(), s)));
                for (NugetPackage p : found) {
                    add(ctx, n, p, packages, issues);
                }
            } catch (DotnetFormatException e) {
                issues.add(new Issue(e.line() > 0 ? n.path() + ":" + e.line() : n.path(), n.name() + " not read: " + e.getMessage()));
            }
        }
        return new CatalogResult(packages, issues);
    }

    private static void add(CatalogContext ctx, FileNode n, NugetPackage p, List<Package> out, List<Issue> issues) {
        Map<String, String> props = new HashMap<>();
        if (!p.integrity().isEmpty()) {
            props.put(PackageProperties.INTEGRITY, p.integrity());
        }
        if (p.serviceable() != null) {
            props.put(SERVICEABLE, p.serviceable().toString());
        }
        try {
            out.add(new Package(PackageType.NUGET, p.name(), p.version(), "", null, List.of(), purl(p.name(), p.version()),
                    ctx.locate(n), List.of(), props));
        } catch (IllegalArgumentException e) {
            issues.add(new Issue(n.path(), "NuGet package '" + p.name() + "' " + p.version() + " skipped: " + e.getMessage()));
        }
    }

    /** {@code pkg:nuget/Newtonsoft.Json@13.0.1}. */
    static Purl purl(String name, String version) {
        return Purl.of("nuget", "", name, version, Map.of());
    }
}

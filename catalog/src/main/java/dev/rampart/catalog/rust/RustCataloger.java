package dev.rampart.catalog.rust;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.FileNode;
import dev.rampart.model.Issue;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rust crates, purl {@code pkg:cargo/<name>@<version>}.
 *
 * <p>In source trees: {@code Cargo.lock} ({@link CargoLockParser}), every crate from a registry or
 * git repository with its checksum as {@link PackageProperties#INTEGRITY}; the workspace's own
 * crates (no {@code source}) are not reported. Lock files of crates unpacked in cargo's download
 * cache ({@code .cargo/registry/}, {@code .cargo/git/}) belong to those crates and are not read.
 *
 * <p>In binaries built with cargo-auditable ({@link AuditableBinaryAnalyzer}): the root crate
 * ({@link PackageProperties#ROLE} {@code main}) and every runtime dependency. Build-only
 * dependencies ({@code kind: build}, run at compile time, not linked into the binary) and the
 * workspace's other crates ({@code source: local}, whose names could shadow crates.io's) are left
 * out.
 */
public final class RustCataloger implements Cataloger {
    private static final List<String> OTHER_CRATES = List.of("/.cargo/registry/", "/.cargo/git/", "/node_modules/");

    private final AuditableBinaryAnalyzer binaries;
    private final CargoLockParser lockParser;

    public RustCataloger() {
        this(RustLimits.DEFAULT);
    }

    public RustCataloger(RustLimits limits) {
        this.binaries = new AuditableBinaryAnalyzer(limits);
        this.lockParser = new CargoLockParser(limits);
    }

    @Override
    public String name() {
        return "rust";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        return path.endsWith("/Cargo.lock") && OTHER_CRATES.stream().noneMatch(path::contains);
    }

    @Override
    public List<EntryAnalyzer<?>> analyzers() {
        return List.of(binaries);
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (EntryAnalyzer.Found<RustBinary> found : ctx.files().found(binaries)) {
            if (!found.inFinalImage()) {
                continue;
            }
            Location location = new Location(ctx.layer(found.layer()), found.path());
            switch (found.value()) {
                case RustBinary.Audited audited -> {
                    for (RustBinary.AuditedCrate c : audited.crates()) {
                        if (c.root()) {
                            packages.add(crate(c.name(), c.version(), location, Map.of(PackageProperties.ROLE, "main")));
                        } else if (!c.kind().equals("build") && !c.source().equals("local")) {
                            packages.add(crate(c.name(), c.version(), location, Map.of()));
                        }
                    }
                }
                case RustBinary.Unreadable u -> issues.add(new Issue(found.path(), u.reason()));
            }
        }
        for (FileNode node : ctx.files().tree().all()) {
            if (!node.isFile() || node.content() == null || !wants(node.path())) {
                continue;
            }
            CargoLockParser.Result r = lockParser.parse(node.path(), new String(node.content(), StandardCharsets.UTF_8));
            issues.addAll(r.issues());
            Location location = ctx.locate(node);
            for (CargoLockParser.LockedCrate c : r.crates()) {
                packages.add(crate(c.name(), c.version(), location,
                        c.checksum().isEmpty() ? Map.of() : Map.of(PackageProperties.INTEGRITY, c.checksum())));
            }
        }
        return new CatalogResult(packages, issues);
    }

    private static Package crate(String name, String version, Location location, Map<String, String> props) {
        return new Package(PackageType.CARGO, name, version, "", null, List.of(),
                Purl.of("cargo", null, name, version, Map.of()), location, List.of(), props);
    }
}

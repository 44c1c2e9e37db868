package dev.rampart.catalog.golang;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go modules.
 *
 * <p>In binaries: the build information of every Go 1.18+ executable in the final image
 * ({@link GoBinaryAnalyzer}, format at https://pkg.go.dev/debug/buildinfo): the main module
 * ({@link PackageProperties#ROLE} {@code main}; a {@code (devel)} version, a build from a checkout,
 * is left empty), every dependency as compiled in (a {@code =>} replacement by another module
 * version replaces it; its {@code h1:} sum is {@link PackageProperties#INTEGRITY}), and the standard
 * library as {@code stdlib} at the toolchain's version ({@code go1.22.3} gives {@code 1.22.3}). All
 * carry the toolchain as {@link PackageProperties#GO_VERSION} and {@code GOARCH} as architecture.
 * Binaries of Go 1.17 and earlier are reported as issues (see {@link BuildInfoDecoder}).
 *
 * <p>In source trees: {@code go.mod} ({@link GoModParser}, https://go.dev/ref/mod#go-mod-file):
 * the module itself ({@code main}, no version) and each requirement after {@code replace}
 * directives, with its checksum from the {@code go.sum} beside it
 * (https://go.dev/ref/mod#go-sum-files). {@code go.mod} files of the module cache
 * ({@code /pkg/mod/}) and of {@code vendor/} directories are other modules' and not read.
 *
 * <p>Package name: the module path ({@code golang.org/x/sys}); purl
 * {@code pkg:golang/<path up to the last slash>/<last segment>@<version>}, lower-cased as the purl
 * spec asks (the name keeps the path's case, which Go distinguishes).
 */
public final class GolangCataloger implements Cataloger {
    private static final List<String> OTHER_MODULES = List.of("/pkg/mod/", "/vendor/", "/node_modules/");

    private final GoBinaryAnalyzer binaries;

    public GolangCataloger() {
        this(GoLimits.DEFAULT);
    }

    public GolangCataloger(GoLimits limits) {
        this.binaries = new GoBinaryAnalyzer(limits);
    }

    @Override
    public String name() {
        return "golang";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        return (path.endsWith("/go.mod") || path.endsWith("/go.sum")) && OTHER_MODULES.stream().noneMatch(path::contains);
    }

    @Override
    public List<EntryAnalyzer<?>> analyzers() {
        return List.of(binaries);
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (EntryAnalyzer.Found<GoBinary> found : ctx.files().found(binaries)) {
            if (!found.inFinalImage()) {
                continue;
            }
            Location location = new Location(ctx.layer(found.layer()), found.path());
            switch (found.value()) {
                case GoBinary.BuildInfo info -> packages.addAll(fromBinary(info, location));
                case GoBinary.Unreadable u -> issues.add(new Issue(found.path(), u.reason()));
            }
        }
        for (FileNode node : ctx.files().tree().all()) {
            if (node.isFile() && node.content() != null && node.path().endsWith("/go.mod") && wants(node.path())) {
                packages.addAll(fromGoMod(ctx, node, issues));
            }
        }
        return new CatalogResult(packages, issues);
    }

    private static List<Package> fromBinary(GoBinary.BuildInfo info, Location location) {
        List<Package> out = new ArrayList<>();
        String arch = info.settings().getOrDefault("GOARCH", "");
        if (info.main() != null) {
            GoBinary.Module main = info.main().effective();
            String version = main.version().equals("(devel)") ? "" : main.version();
            out.add(module(main.path(), version, arch, location, props(info, "main", "")));
        }
        for (GoBinary.Module dep : info.deps()) {
            GoBinary.Module m = dep.effective();
            out.add(module(m.path(), m.version(), arch, location, props(info, "", m.sum())));
        }
        GoVersions.semver(info.goVersion()).ifPresent(v -> out.add(new Package(PackageType.GOLANG, "stdlib", v, arch,
                null, List.of(), Purl.of("golang", null, "stdlib", v, Map.of()), location, List.of(),
                props(info, "", ""))));
        return out;
    }

    private static Map<String, String> props(GoBinary.BuildInfo info, String role, String sum) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PackageProperties.GO_VERSION, info.goVersion());
        if (!role.isEmpty()) {
            p.put(PackageProperties.ROLE, role);
        }
        if (!sum.isEmpty()) {
            p.put(PackageProperties.INTEGRITY, sum);
        }
        return p;
    }

    private static List<Package> fromGoMod(CatalogContext ctx, FileNode node, List<Issue> issues) {
        GoModParser.GoMod mod = GoModParser.parse(node.path(), new String(node.content(), StandardCharsets.UTF_8));
        issues.addAll(mod.issues());
        String dir = node.path().substring(0, node.path().length() - "go.mod".length());
        Map<String, String> sums = ctx.files().tree().read(dir + "go.sum")
                .map(b -> GoSumParser.parse(new String(b, StandardCharsets.UTF_8))).orElse(Map.of());
        Location location = ctx.locate(node);
        List<Package> out = new ArrayList<>();
        if (!mod.module().isEmpty()) {
            out.add(module(mod.module(), "", "", location, Map.of(PackageProperties.ROLE, "main")));
        }
        for (GoModParser.Require r : mod.requires()) {
            GoModParser.Require resolved = mod.resolve(r);
            String sum = sums.get(resolved.path() + " " + resolved.version());
            out.add(module(resolved.path(), resolved.version(), "", location,
                    sum == null ? Map.of() : Map.of(PackageProperties.INTEGRITY, sum)));
        }
        return out;
    }

    private static Package module(String path, String version, String arch, Location location, Map<String, String> props) {
        return new Package(PackageType.GOLANG, path, version, arch, null, List.of(), purl(path, version), location,
                List.of(), props);
    }

    /** {@code pkg:golang/github.com/evanw/esbuild@v0.15.5}: the last path segment is the name. */
    static Purl purl(String modulePath, String version) {
        String lower = modulePath.toLowerCase(Locale.ROOT);
        int slash = lower.lastIndexOf('/');
        return slash < 0
                ? Purl.of("golang", null, lower, version, Map.of())
                : Purl.of("golang", lower.substring(0, slash), lower.substring(slash + 1), version, Map.of());
    }
}

package dev.rampart.catalog.npm;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.image.FileNode;
import dev.rampart.image.FileTree;
import dev.rampart.model.Issue;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * npm packages, installed and locked.
 *
 * <p>Files read:
 * <ul>
 *   <li>Installed packages: {@code .../node_modules/<name>/package.json} and
 *       {@code .../node_modules/@scope/<name>/package.json}, at any depth of nested
 *       {@code node_modules}, including pnpm's {@code node_modules/.pnpm/<id>/node_modules/<name>}
 *       (https://docs.npmjs.com/cli/configuring-npm/package-json, read by {@link PackageJsonParser}).
 *       A {@code package.json} deeper inside a package's own folders (test fixtures, an {@code esm/}
 *       marker) is not a package and is not read; nor is one without a name or a version.</li>
 *   <li>The project itself: a {@code package.json} outside any {@code node_modules} whose folder holds a
 *       lockfile or a {@code node_modules}; reported with {@link PackageProperties#ROLE} {@code main}.</li>
 *   <li>Lockfiles anywhere outside {@code node_modules} (npm's hidden
 *       {@code node_modules/.package-lock.json} is a cache of the tree that is read directly):
 *       {@code package-lock.json} and {@code npm-shrinkwrap.json} ({@link PackageLockParser},
 *       https://docs.npmjs.com/cli/configuring-npm/package-lock-json), {@code yarn.lock} classic
 *       ({@link YarnLockParser}, https://classic.yarnpkg.com/en/docs/yarn-lock) and Berry
 *       ({@link YarnBerryLockParser}, https://yarnpkg.com/advanced/lexicon#lockfile), and
 *       {@code pnpm-lock.yaml} ({@link PnpmLockParser}, https://github.com/pnpm/spec/tree/master/lockfile).</li>
 * </ul>
 *
 * <p>Installed tree and lockfile together: when a lockfile's folder has a {@code node_modules} with
 * installed packages in it, the tree is what the image holds and the lockfile is only what an
 * install would produce (it lists development dependencies a production install left out, optional
 * packages for other platforms). So each package is reported once, from its installed
 * {@code package.json}, and the lockfile adds what only it knows: {@link PackageProperties#DEV} and
 * {@link PackageProperties#INTEGRITY}, matched by install path (package-lock) or else by name and
 * version; its other entries are not reported. This is also what Trivy reports for images. A lockfile
 * with no installed tree beside it (a source tree) is reported entry by entry, each package once per
 * lockfile even when several install paths hold the same version.
 *
 * <p>purl: {@code pkg:npm/%40scope/name@version}, the scope as namespace, lower-cased as the purl
 * spec requires for npm.
 */
public final class NpmCataloger implements Cataloger {
    /** The role of a project's own package. */
    public static final String ROLE_MAIN = "main";

    private static final String NODE_MODULES = "/node_modules/";
    private static final List<String> LOCKFILES =
            List.of("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml");

    private final NpmLimits limits;

    public NpmCataloger() {
        this(NpmLimits.DEFAULT);
    }

    public NpmCataloger(NpmLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "npm";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (file.equals("package.json")) {
            return !path.contains(NODE_MODULES) || isInstalledManifest(path);
        }
        return LOCKFILES.contains(file) && !path.contains(NODE_MODULES);
    }

    /**
     * Whether a {@code package.json} is the manifest of an installed package: after the first
     * {@code node_modules}, package folders ({@code name} or {@code @scope/name}) and
     * {@code node_modules} alternate up to the file, pnpm's and npm's linked stores
     * ({@code .pnpm/<id>}, {@code .store/<id>}) standing in for a package folder.
     */
    static boolean isInstalledManifest(String path) {
        int first = path.indexOf(NODE_MODULES);
        if (first < 0 || !path.endsWith("/package.json")) {
            return false;
        }
        String[] segments = path.substring(first + NODE_MODULES.length()).split("/");
        int last = segments.length - 1;
        int i = 0;
        while (i < last) {
            String s = segments[i];
            if (s.equals(".pnpm") || s.equals(".store")) {
                i += 2;
            } else if (s.startsWith("@") && s.length() > 1 && i + 1 < last && isPackageFolder(segments[i + 1])) {
                i += 2;
                if (i == last) {
                    return true;
                }
            } else if (isPackageFolder(s)) {
                i += 1;
                if (i == last) {
                    return true;
                }
            } else {
                return false;
            }
            if (i >= last || !segments[i].equals("node_modules")) {
                return false;
            }
            i++;
        }
        return false;
    }

    private static boolean isPackageFolder(String s) {
        return !s.isEmpty() && s.charAt(0) != '.' && s.charAt(0) != '_' && s.charAt(0) != '@';
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        FileTree tree = ctx.files().tree();
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<Installed> installed = new ArrayList<>();
        List<FileNode> projectManifests = new ArrayList<>();
        Map<String, List<Lockfile>> lockfilesByDir = new TreeMap<>();
        for (FileNode n : tree.all()) {
            if (!n.isFile() || n.content() == null || !wants(n.path())) {
                continue;
            }
            if (!n.name().equals("package.json")) {
                readLockfile(n, issues).ifPresent(l -> lockfilesByDir.computeIfAbsent(parent(n.path()), d -> new ArrayList<>()).add(l));
            } else if (n.path().contains(NODE_MODULES)) {
                readManifest(n, issues).ifPresent(m -> installed.add(new Installed(n, m)));
            } else {
                projectManifests.add(n);
            }
        }
        for (FileNode n : projectManifests) {
            String dir = parent(n.path());
            if (lockfilesByDir.containsKey(dir) || tree.get(dir + "/node_modules").isPresent()) {
                readManifest(n, issues).ifPresent(m -> add(packages, issues, m.name(), m.version(), m.licenses(),
                        ctx.locate(n), Map.of(PackageProperties.ROLE, ROLE_MAIN)));
            }
        }
        for (Installed i : installed) {
            Map<String, String> props = lockfileFacts(i, lockfilesByDir);
            add(packages, issues, i.manifest.name(), i.manifest.version(), i.manifest.licenses(), ctx.locate(i.node), props);
        }
        lockfilesByDir.forEach((dir, lockfiles) -> {
            String treePrefix = dir + NODE_MODULES;
            if (installed.stream().noneMatch(i -> i.node.path().startsWith(treePrefix))) {
                lockfiles.forEach(l -> addLocked(ctx, l, packages, issues));
            }
        });
        return new CatalogResult(packages, issues);
    }

    /**
     * What the lockfile of an installed package's project says of it. The project is the folder
     * before the first {@code node_modules}; a workspace's nested tree is found in a lockfile further
     * up by its install path only.
     */
    private static Map<String, String> lockfileFacts(Installed i, Map<String, List<Lockfile>> lockfilesByDir) {
        String packageDir = parent(i.node.path());
        String root = packageDir.substring(0, packageDir.indexOf(NODE_MODULES));
        for (String dir = root; ; dir = parent(dir)) {
            for (Lockfile l : lockfilesByDir.getOrDefault(dir, List.of())) {
                LockedPackage locked = l.byPath.get(packageDir.substring(dir.length() + 1));
                if (locked == null && dir.equals(root)) {
                    locked = l.byId.get(i.manifest.name() + "@" + i.manifest.version());
                }
                if (locked != null) {
                    return properties(locked);
                }
            }
            if (dir.isEmpty()) {
                return Map.of();
            }
        }
    }

    private void addLocked(CatalogContext ctx, Lockfile l, List<Package> packages, List<Issue> issues) {
        Location where = ctx.locate(l.node);
        Map<String, LockedPackage> once = new LinkedHashMap<>();
        for (LockedPackage p : l.packages) {
            once.merge(p.name() + "@" + p.version(), p, (a, b) -> new LockedPackage(a.name(), a.version(), a.dev() && b.dev(),
                    a.integrity().isEmpty() ? b.integrity() : a.integrity(),
                    a.licenses().isEmpty() ? b.licenses() : a.licenses(), a.installPath()));
        }
        for (LockedPackage p : once.values()) {
            add(packages, issues, p.name(), p.version(), p.licenses(), where, properties(p));
        }
    }

    private static Map<String, String> properties(LockedPackage p) {
        Map<String, String> props = new HashMap<>();
        if (p.dev()) {
            props.put(PackageProperties.DEV, "true");
        }
        if (!p.integrity().isEmpty()) {
            props.put(PackageProperties.INTEGRITY, p.integrity());
        }
        return props;
    }

    private static void add(List<Package> packages, List<Issue> issues, String name, String version, List<String> licenses,
                            Location where, Map<String, String> properties) {
        try {
            packages.add(new Package(PackageType.NPM, name, version, "", null, licenses, purl(name, version), where,
                    List.of(), properties));
        } catch (IllegalArgumentException e) {
            issues.add(new Issue(where.path(), "npm package '" + name + "' " + version + " skipped: " + e.getMessage()));
        }
    }

    /** {@code pkg:npm/%40babel/core@7.24.0}: the scope is the namespace; both lower-cased per the purl spec. */
    static Purl purl(String name, String version) {
        String lower = name.toLowerCase(Locale.ROOT);
        int slash = lower.indexOf('/');
        if (lower.startsWith("@") && slash > 0) {
            return Purl.of("npm", lower.substring(0, slash), lower.substring(slash + 1), version, Map.of());
        }
        return Purl.of("npm", "", lower, version, Map.of());
    }

    private Optional<PackageJsonParser.Manifest> readManifest(FileNode n, List<Issue> issues) {
        try {
            checkSize(n);
            return PackageJsonParser.parse(n.content(), limits);
        } catch (NpmFormatException e) {
            issues.add(issue(n, e));
            return Optional.empty();
        }
    }

    private Optional<Lockfile> readLockfile(FileNode n, List<Issue> issues) {
        List<SkippedEntry> skipped = new ArrayList<>();
        try {
            checkSize(n);
            List<LockedPackage> locked = switch (n.name()) {
                case "package-lock.json", "npm-shrinkwrap.json" -> PackageLockParser.parse(n.content(), limits);
                case "pnpm-lock.yaml" -> PnpmLockParser.parse(text(n), limits, skipped);
                default -> YarnLockParser.isBerry(text(n))
                        ? YarnBerryLockParser.parse(text(n), limits, skipped)
                        : YarnLockParser.parse(text(n), skipped);
            };
            skipped.forEach(s -> issues.add(new Issue(where(n, s.line()), s.message())));
            return Optional.of(new Lockfile(n, locked));
        } catch (NpmFormatException e) {
            issues.add(issue(n, e));
            return Optional.empty();
        }
    }

    private void checkSize(FileNode n) throws NpmFormatException {
        if (n.content().length > limits.maxDocumentChars()) {
            throw new NpmFormatException(0, "file of " + n.content().length + " bytes exceeds NpmLimits.maxDocumentChars ("
                    + limits.maxDocumentChars() + ")");
        }
    }

    private static String text(FileNode n) {
        return new String(n.content(), StandardCharsets.UTF_8);
    }

    private static Issue issue(FileNode n, NpmFormatException e) {
        return new Issue(where(n, e.line()), n.name() + " not read: " + e.getMessage());
    }

    private static String where(FileNode n, int line) {
        return line > 0 ? n.path() + ":" + line : n.path();
    }

    /** {@code /app/package.json} → {@code /app}; {@code /package.json} → {@code ""}. */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "" : path.substring(0, slash);
    }

    private record Installed(FileNode node, PackageJsonParser.Manifest manifest) {}

    /** A lockfile read, with its entries indexed the two ways installed packages are matched to them. */
    private static final class Lockfile {
        final FileNode node;
        final List<LockedPackage> packages;
        final Map<String, LockedPackage> byPath = new HashMap<>();
        final Map<String, LockedPackage> byId = new HashMap<>();

        Lockfile(FileNode node, List<LockedPackage> packages) {
            this.node = node;
            this.packages = packages;
            for (LockedPackage p : packages) {
                if (!p.installPath().isEmpty()) {
                    byPath.put(p.installPath(), p);
                }
                byId.putIfAbsent(p.name() + "@" + p.version(), p);
            }
        }
    }
}

package dev.rampart.catalog.php;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.catalog.JsonDocumentLimits;
import dev.rampart.image.FileNode;
import dev.rampart.image.FileTree;
import dev.rampart.model.Issue;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PHP packages installed or locked by Composer.
 *
 * <p>Files read:
 * <ul>
 *   <li>{@code .../vendor/composer/installed.json}, what Composer installed, in its Composer 1 and
 *       Composer 2 forms ({@link InstalledJsonParser},
 *       https://getcomposer.org/doc/07-runtime.md#installed-versions).</li>
 *   <li>{@code composer.lock} anywhere outside a {@code vendor} folder (a library's own lockfile shipped
 *       inside {@code vendor/} is not what the project installed) ({@link ComposerLockParser},
 *       https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control).</li>
 * </ul>
 *
 * <p>Installed and locked together: when a {@code composer.lock} has {@code vendor/composer/installed.json}
 * beside it, the installed packages are reported (a {@code --no-dev} install leaves the lock's
 * development packages out of the image) and the lock's entries are not; the lock only supplies
 * {@link PackageProperties#DEV} for a Composer 1 {@code installed.json}, which does not record it.
 * A lock with no vendor folder (a source tree) is reported entry by entry. A vendor folder renamed
 * with Composer's {@code vendor-dir} is not matched to its lock, so both are then reported, each
 * from its own file.
 *
 * <p>purl: {@code pkg:composer/vendor/name@version}, lower-cased as the purl spec requires. Licenses
 * from the {@code license} array; {@link PackageProperties#INTEGRITY} from {@code dist.shasum} where set.
 */
public final class PhpCataloger implements Cataloger {
    private static final String INSTALLED = "/composer/installed.json";
    private static final String LOCK = "composer.lock";

    private final JsonDocumentLimits limits;

    public PhpCataloger() {
        this(JsonDocumentLimits.DEFAULT);
    }

    public PhpCataloger(JsonDocumentLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "php";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        if (path.endsWith(INSTALLED)) {
            return true;
        }
        return path.endsWith("/" + LOCK) && !path.contains("/vendor/");
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        FileTree tree = ctx.files().tree();
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        Map<String, List<ComposerPackage>> locks = new LinkedHashMap<>();
        List<FileNode> installedFiles = new ArrayList<>();
        for (FileNode n : tree.all()) {
            if (n.isFile() && n.content() != null && wants(n.path())) {
                if (n.path().endsWith(INSTALLED)) {
                    installedFiles.add(n);
                } else {
                    locks.put(n.path(), readLock(n, issues));
                }
            }
        }
        for (FileNode n : installedFiles) {
            readInstalled(ctx, n, locks.getOrDefault(lockBeside(n.path()), List.of()), packages, issues);
        }
        locks.forEach((path, locked) -> {
            if (!hasInstalledTree(tree, path)) {
                FileNode n = tree.get(path).orElseThrow();
                locked.forEach(p -> add(ctx, n, p, packages, issues));
            }
        });
        return new CatalogResult(packages, issues);
    }

    private void readInstalled(CatalogContext ctx, FileNode n, List<ComposerPackage> lock, List<Package> out, List<Issue> issues) {
        InstalledJsonParser.Installed installed;
        try {
            installed = InstalledJsonParser.parse(n.content(), limits, s -> issues.add(new Issue(n.path(), "installed.json " + s)));
        } catch (PhpFormatException e) {
            issues.add(issue(n, e));
            return;
        }
        Map<String, Boolean> devFromLock = new HashMap<>();
        if (!installed.marksDev()) {
            lock.forEach(p -> devFromLock.put(p.name(), p.dev()));
        }
        for (ComposerPackage p : installed.packages()) {
            boolean dev = p.dev() || devFromLock.getOrDefault(p.name(), false);
            add(ctx, n, new ComposerPackage(p.name(), p.version(), dev, p.licenses(), p.integrity()), out, issues);
        }
    }

    private List<ComposerPackage> readLock(FileNode n, List<Issue> issues) {
        try {
            return ComposerLockParser.parse(n.content(), limits, s -> issues.add(new Issue(n.path(), "composer.lock " + s)));
        } catch (PhpFormatException e) {
            issues.add(issue(n, e));
            return List.of();
        }
    }

    /** {@code /app/vendor/composer/installed.json} → {@code /app/composer.lock}. */
    private static String lockBeside(String installedPath) {
        String vendor = installedPath.substring(0, installedPath.length() - INSTALLED.length());
        return vendor.substring(0, Math.max(vendor.lastIndexOf('/'), 0)) + "/" + LOCK;
    }

    private static boolean hasInstalledTree(FileTree tree, String lockPath) {
        String dir = lockPath.substring(0, lockPath.length() - LOCK.length() - 1);
        return tree.get(dir + "/vendor" + INSTALLED).filter(FileNode::isFile).isPresent();
    }

    private static void add(CatalogContext ctx, FileNode n, ComposerPackage p, List<Package> out, List<Issue> issues) {
        Map<String, String> props = new HashMap<>();
        if (p.dev()) {
            props.put(PackageProperties.DEV, "true");
        }
        if (!p.integrity().isEmpty()) {
            props.put(PackageProperties.INTEGRITY, p.integrity());
        }
        try {
            out.add(new Package(PackageType.COMPOSER, p.name(), p.version(), "", null, p.licenses(), purl(p.name(), p.version()),
                    ctx.locate(n), List.of(), props));
        } catch (IllegalArgumentException e) {
            issues.add(new Issue(n.path(), "composer package '" + p.name() + "' " + p.version() + " skipped: " + e.getMessage()));
        }
    }

    /** {@code pkg:composer/symfony/console@v5.4.0}: vendor as namespace, both lower-cased per the purl spec. */
    static Purl purl(String name, String version) {
        String lower = name.toLowerCase(Locale.ROOT);
        int slash = lower.indexOf('/');
        return slash < 0
                ? Purl.of("composer", "", lower, version, Map.of())
                : Purl.of("composer", lower.substring(0, slash), lower.substring(slash + 1), version, Map.of());
    }

    private static Issue issue(FileNode n, PhpFormatException e) {
        return new Issue(e.line() > 0 ? n.path() + ":" + e.line() : n.path(), n.name() + " not read: " + e.getMessage());
    }
}

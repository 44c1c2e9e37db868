package dev.rampart.catalog.python;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Python distributions, installed and locked.
 *
 * <p>Installed (anywhere: {@code site-packages}, virtual environments, and Debian's
 * {@code /usr/lib/python3/dist-packages}, whose distributions are reported like any other):
 * <ul>
 *   <li>{@code <name>-<version>.dist-info/METADATA}, with its files from {@code RECORD}
 *       (https://packaging.python.org/en/latest/specifications/recording-installed-packages/);</li>
 *   <li>{@code <name>-<version>.egg-info/PKG-INFO}, with its files from {@code installed-files.txt},
 *       and {@code <name>-<version>.egg-info} written as one file
 *       (https://setuptools.pypa.io/en/latest/deprecated/python_eggs.html#eggs-and-their-formats).</li>
 * </ul>
 * All three metadata files are read by {@link CoreMetadataParser}.
 *
 * <p>Locked, in source trees: {@code requirements*.txt} ({@link RequirementsParser}),
 * {@code poetry.lock} ({@link PoetryLockParser}), {@code Pipfile.lock} ({@link PipfileLockParser}),
 * {@code uv.lock} ({@link UvLockParser}); development dependencies carry
 * {@link PackageProperties#DEV}. Lock and requirements files inside an installed distribution's
 * directories ({@code site-packages}, {@code dist-packages}) or {@code node_modules} belong to
 * that package's own sources, not to the image's software, and are not read.
 *
 * <p>Every package: type {@code pypi}, the name as the file writes it, purl
 * {@code pkg:pypi/<PEP 503 name>@<version>} ({@link PythonNames}), the file it came from.
 */
public final class PythonCataloger implements Cataloger {
    private static final Pattern REQUIREMENTS = Pattern.compile("requirements[^/]*\\.txt");
    private static final List<String> VENDORED = List.of("/site-packages/", "/dist-packages/", "/node_modules/");

    private final PythonLimits limits;
    private final LockDocuments documents;

    public PythonCataloger() {
        this(PythonLimits.DEFAULT);
    }

    public PythonCataloger(PythonLimits limits) {
        this.limits = limits;
        this.documents = new LockDocuments(limits);
    }

    @Override
    public String name() {
        return "python";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        return kind(path) != null || isFileList(path);
    }

    /** The kind of metadata or lock file at this path, or null for none this cataloger reads. */
    private static Kind kind(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        String parent = slash > 0 ? path.substring(path.lastIndexOf('/', slash - 1) + 1, slash) : "";
        if (name.equals("METADATA") && parent.endsWith(".dist-info")) {
            return Kind.INSTALLED;
        }
        if ((name.equals("PKG-INFO") && parent.endsWith(".egg-info")) || name.endsWith(".egg-info")) {
            return Kind.INSTALLED;
        }
        if (VENDORED.stream().anyMatch(path::contains)) {
            return null;
        }
        return switch (name) {
            case "poetry.lock" -> Kind.POETRY;
            case "Pipfile.lock" -> Kind.PIPFILE;
            case "uv.lock" -> Kind.UV;
            default -> REQUIREMENTS.matcher(name).matches() ? Kind.REQUIREMENTS : null;
        };
    }

    private static boolean isFileList(String path) {
        return (path.endsWith(".dist-info/RECORD") || path.endsWith(".egg-info/installed-files.txt"));
    }

    private enum Kind { INSTALLED, REQUIREMENTS, POETRY, PIPFILE, UV }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (FileNode node : ctx.files().tree().all()) {
            if (!node.isFile() || node.content() == null) {
                continue;
            }
            Kind kind = kind(node.path());
            if (kind == null) {
                continue;
            }
            String text = new String(node.content(), StandardCharsets.UTF_8);
            if (kind == Kind.INSTALLED) {
                installed(ctx, node, text, packages, issues);
                continue;
            }
            LockedPackage.Result r = switch (kind) {
                case REQUIREMENTS -> RequirementsParser.parse(text);
                case POETRY -> PoetryLockParser.parse(node.path(), text, documents);
                case PIPFILE -> PipfileLockParser.parse(node.path(), text, documents);
                case UV -> UvLockParser.parse(node.path(), text, documents);
                case INSTALLED -> throw new IllegalStateException("handled above");
            };
            issues.addAll(r.issues());
            Location location = ctx.locate(node);
            for (LockedPackage p : r.packages()) {
                packages.add(new Package(PackageType.PYPI, p.name(), p.version(), "", null, List.of(),
                        PythonNames.purl(p.name(), p.version()), location, List.of(),
                        p.dev() ? Map.of(PackageProperties.DEV, "true") : Map.of()));
            }
        }
        return new CatalogResult(packages, issues);
    }

    private void installed(CatalogContext ctx, FileNode node, String text, List<Package> out, List<Issue> issues) {
        CoreMetadataParser.Metadata m = CoreMetadataParser.parse(text);
        if (m.name().isEmpty() || m.version().isEmpty()) {
            issues.add(new Issue(node.path(), "Python metadata has no " + (m.name().isEmpty() ? "Name" : "Version")
                    + " field; skipped"));
            return;
        }
        out.add(new Package(PackageType.PYPI, m.name(), m.version(), "", null, m.licenses(),
                PythonNames.purl(m.name(), m.version()), ctx.locate(node), files(ctx.files().tree(), node.path()), Map.of()));
    }

    /** The installed files of the distribution whose metadata is at this path, where its installer recorded them. */
    private List<String> files(FileTree tree, String metadataPath) {
        String dir = metadataPath.substring(0, metadataPath.lastIndexOf('/'));
        if (dir.endsWith(".dist-info")) {
            String siteDir = dir.substring(0, dir.lastIndexOf('/'));
            return tree.read(dir + "/RECORD")
                    .map(b -> InstalledFilesParser.record(new String(b, StandardCharsets.UTF_8), siteDir,
                            limits.maxFilesPerDistribution()))
                    .orElse(List.of());
        }
        if (dir.endsWith(".egg-info")) {
            return tree.read(dir + "/installed-files.txt")
                    .map(b -> InstalledFilesParser.installedFiles(new String(b, StandardCharsets.UTF_8), dir,
                            limits.maxFilesPerDistribution()))
                    .orElse(List.of());
        }
        return List.of();
    }
}

package dev.rampart.catalog.dpkg;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.image.FileNode;
import dev.rampart.image.FileTree;
import dev.rampart.model.Issue;
import dev.rampart.model.Location;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Debian and Ubuntu packages: {@code /var/lib/dpkg/status}, and the one-file-per-package
 * {@code /var/lib/dpkg/status.d/*} of distroless images.
 *
 * <p>Only installed packages count: a paragraph whose {@code Status} is not
 * {@code ... installed} (removed, config-files, half-installed) is left out; status.d files carry
 * no Status and are installed by construction. Installed files come from
 * {@code /var/lib/dpkg/info/<pkg>[:<arch>].list} (or {@code status.d/<pkg>.md5sums}); the layer
 * that installed a package is the layer holding that list, else the layer holding the database.
 * Licenses come from DEP-5 {@code /usr/share/doc/<pkg>/copyright} files.
 */
public final class DpkgCataloger implements Cataloger {
    private static final String STATUS = "/var/lib/dpkg/status";
    private static final String STATUS_D = "/var/lib/dpkg/status.d/";
    private static final String INFO = "/var/lib/dpkg/info/";
    private static final String DOC = "/usr/share/doc/";
    private static final Pattern SOURCE = Pattern.compile("^(\\S+)(?:\\s+\\((\\S+)\\))?$");

    @Override
    public String name() {
        return "dpkg";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        if (path.equals(STATUS)) {
            return true;
        }
        if (path.startsWith(STATUS_D)) {
            return path.indexOf('/', STATUS_D.length()) < 0;
        }
        if (path.startsWith(INFO)) {
            return path.endsWith(".list") && path.indexOf('/', INFO.length()) < 0;
        }
        return path.startsWith(DOC) && path.endsWith("/copyright") && path.indexOf('/', DOC.length()) == path.length() - "/copyright".length();
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        FileTree tree = ctx.files().tree();
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        tree.get(STATUS).filter(n -> n.content() != null)
                .ifPresent(n -> packages.addAll(read(ctx, n, false, issues)));
        for (FileNode n : tree.list(STATUS_D)) {
            if (n.isFile() && n.content() != null && !n.name().endsWith(".md5sums") && !n.name().startsWith(".")) {
                packages.addAll(read(ctx, n, true, issues));
            }
        }
        return new CatalogResult(packages, issues);
    }

    private List<Package> read(CatalogContext ctx, FileNode db, boolean statusD, List<Issue> issues) {
        List<Package> out = new ArrayList<>();
        String text = new String(db.content(), StandardCharsets.UTF_8);
        for (ControlParagraphs.Paragraph p : ControlParagraphs.parse(text)) {
            String name = p.get("Package");
            String version = p.get("Version");
            String status = p.get("Status");
            if (name.isEmpty()) {
                issues.add(new Issue(db.path() + ":" + p.line(), "dpkg record without a Package field skipped"));
                continue;
            }
            if (!status.isEmpty() && !status.endsWith(" installed")) {
                continue;
            }
            if (version.isEmpty()) {
                issues.add(new Issue(db.path() + ":" + p.line(), "dpkg package " + name + " has no Version; skipped"));
                continue;
            }
            String arch = p.get("Architecture");
            out.add(toPackage(ctx, db, statusD, name, version, arch, p.get("Source")));
        }
        return out;
    }

    private Package toPackage(CatalogContext ctx, FileNode db, boolean statusD, String name, String version,
                              String arch, String sourceField) {
        Package.SourcePackage source = null;
        if (!sourceField.isEmpty()) {
            Matcher m = SOURCE.matcher(sourceField.strip());
            if (m.matches()) {
                source = new Package.SourcePackage(m.group(1), m.group(2) != null ? m.group(2) : version);
            }
        }
        FileTree tree = ctx.files().tree();
        Optional<FileNode> list = statusD
                ? tree.get(STATUS_D + name + ".md5sums")
                : tree.get(INFO + name + ".list").or(() -> tree.get(INFO + name + ":" + arch + ".list"));
        List<String> files = list.map(n -> n.name().endsWith(".md5sums") ? md5sumsFiles(n) : listFiles(n)).orElse(List.of());
        int layer = statusD ? db.layer() : list.map(FileNode::layer).orElse(db.layer());
        List<String> licenses = tree.read(DOC + name + "/copyright")
                .map(b -> CopyrightLicenses.parse(new String(b, StandardCharsets.UTF_8))).orElse(List.of());
        return new Package(PackageType.DEB, name, version, arch, source, licenses,
                purl(ctx.os(), name, version, arch), new Location(ctx.layer(layer), db.path()), files);
    }

    /** {@code pkg:deb/<distro>/<name>@<version>?arch=<arch>&distro=<id>-<version>} as the purl spec's deb type. */
    static Purl purl(@Nullable OperatingSystem os, String name, String version, String arch) {
        String namespace = os != null && (os.id().equals("ubuntu") || os.id().equals("debian")) ? os.id() : "debian";
        Map<String, String> q = new LinkedHashMap<>();
        q.put("arch", arch);
        if (os != null) {
            q.put("distro", os.id() + "-" + os.version());
        }
        return Purl.of("deb", namespace, name, version, q);
    }

    private static List<String> listFiles(FileNode list) {
        if (list.content() == null) {
            return List.of();
        }
        return new String(list.content(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.equals("/."))
                .toList();
    }

    private static List<String> md5sumsFiles(FileNode md5sums) {
        if (md5sums.content() == null) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        for (String line : new String(md5sums.content(), StandardCharsets.UTF_8).lines().toList()) {
            int sep = line.indexOf("  ");
            if (sep > 0) {
                files.add("/" + line.substring(sep + 2).strip());
            }
        }
        return files;
    }
}

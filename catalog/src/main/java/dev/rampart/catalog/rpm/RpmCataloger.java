package dev.rampart.catalog.rpm;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.image.FileNode;
import dev.rampart.model.Issue;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Red Hat family, SUSE and Mariner packages from the rpm database, whichever of its three formats
 * the image has. Where an image holds more than one database (a BerkeleyDB left behind after a
 * migration to SQLite), the one rpm itself would use is read: SQLite, then NDB, then BerkeleyDB.
 */
public final class RpmCataloger implements Cataloger {
    private static final List<String> PREFERENCE = List.of(
            "/usr/lib/sysimage/rpm/rpmdb.sqlite", "/var/lib/rpm/rpmdb.sqlite",
            "/usr/lib/sysimage/rpm/Packages.db", "/var/lib/rpm/Packages.db",
            "/usr/lib/sysimage/rpm/Packages", "/var/lib/rpm/Packages");

    @Override
    public String name() {
        return "rpm";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        return RpmDatabase.isDatabasePath(path);
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        Optional<FileNode> db = PREFERENCE.stream()
                .map(p -> ctx.files().tree().get(p))
                .flatMap(Optional::stream)
                .filter(n -> n.isFile() && n.content() != null)
                .findFirst();
        if (db.isEmpty()) {
            return CatalogResult.EMPTY;
        }
        FileNode node = db.get();
        try {
            List<Package> packages = new ArrayList<>();
            for (RpmPackage r : RpmDatabase.read(node.path(), node.content())) {
                packages.add(toPackage(ctx, node, r));
            }
            return new CatalogResult(packages, List.of());
        } catch (RpmFormatException e) {
            return new CatalogResult(List.of(), List.of(new Issue(node.path(), "rpm database not read: " + e.getMessage())));
        }
    }

    private static Package toPackage(CatalogContext ctx, FileNode db, RpmPackage r) {
        List<String> licenses = r.license().isBlank() ? List.of() : List.of(r.license());
        return new Package(PackageType.RPM, r.name(), r.evr(), r.arch(), source(r), licenses,
                purl(ctx.os(), r), ctx.locate(db), r.files());
    }

    /** {@code bash-4.4-19.6.1.src.rpm} → bash, [epoch:]4.4-19.6.1; null when absent or malformed. */
    static Package.@Nullable SourcePackage source(RpmPackage r) {
        String s = r.sourceRpm();
        for (String suffix : new String[] {".src.rpm", ".nosrc.rpm"}) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
                int rel = s.lastIndexOf('-');
                int ver = rel > 0 ? s.lastIndexOf('-', rel - 1) : -1;
                if (ver <= 0) {
                    return null;
                }
                String evr = (r.epoch() != null ? r.epoch() + ":" : "") + s.substring(ver + 1);
                return new Package.SourcePackage(s.substring(0, ver), evr);
            }
        }
        return null;
    }

    /** {@code pkg:rpm/<distro id>/<name>@<version>-<release>?arch=..&epoch=..&distro=<id>-<version>}. */
    static Purl purl(@Nullable OperatingSystem os, RpmPackage r) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("arch", r.arch());
        if (r.epoch() != null && r.epoch() != 0) {
            q.put("epoch", Integer.toString(r.epoch()));
        }
        if (os != null) {
            q.put("distro", os.id() + "-" + os.version());
        }
        return Purl.of("rpm", os != null ? os.id() : "", r.name(), r.versionRelease(), q);
    }
}

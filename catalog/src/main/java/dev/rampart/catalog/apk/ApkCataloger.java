package dev.rampart.catalog.apk;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.image.FileNode;
import dev.rampart.model.Issue;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Alpine packages from {@code /lib/apk/db/installed}: records separated by blank lines, one
 * {@code K:value} line per field ({@code P} name, {@code V} version, {@code A} arch, {@code L}
 * license, {@code o} origin = source package, {@code F} directory, {@code R} file in the last
 * directory).
 * Format: https://wiki.alpinelinux.org/wiki/Apk_spec#Installed_Database_V2
 */
public final class ApkCataloger implements Cataloger {
    private static final String INSTALLED = "/lib/apk/db/installed";

    @Override
    public String name() {
        return "apk";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        return path.equals(INSTALLED);
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        FileNode db = ctx.files().tree().get(INSTALLED).orElse(null);
        if (db == null || db.content() == null) {
            return CatalogResult.EMPTY;
        }
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        Record r = new Record();
        int lineNo = 0;
        for (String line : new String(db.content(), StandardCharsets.UTF_8).split("\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                r.finish(ctx, db, packages, issues);
                r = new Record();
                r.line = lineNo + 1;
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != ':') {
                continue;
            }
            r.field(line.charAt(0), line.substring(2));
        }
        r.finish(ctx, db, packages, issues);
        return new CatalogResult(packages, issues);
    }

    /** One record being read. */
    private static final class Record {
        int line = 1;
        String name = "";
        String version = "";
        String arch = "";
        String license = "";
        String origin = "";
        String dir = "";
        final List<String> files = new ArrayList<>();

        void field(char key, String value) {
            switch (key) {
                case 'P' -> name = value;
                case 'V' -> version = value;
                case 'A' -> arch = value;
                case 'L' -> license = value;
                case 'o' -> origin = value;
                case 'F' -> dir = value;
                case 'R' -> files.add("/" + (dir.isEmpty() ? "" : dir + "/") + value);
                default -> { }
            }
        }

        void finish(CatalogContext ctx, FileNode db, List<Package> out, List<Issue> issues) {
            if (name.isEmpty() && version.isEmpty()) {
                return;
            }
            String where = db.path() + ":" + line;
            if (name.isEmpty() || version.isEmpty()) {
                issues.add(new Issue(where, "apk record " + (name.isEmpty() ? "without a name" : name + " has no version")
                        + "; skipped"));
                return;
            }
            List<String> licenses = license.isBlank() ? List.of() : List.of(license.strip());
            Package.SourcePackage source = origin.isEmpty() ? null : new Package.SourcePackage(origin, version);
            out.add(new Package(PackageType.APK, name, version, arch, source, licenses, purl(ctx.os(), name, version, arch),
                    ctx.locate(db), files));
        }
    }

    /** {@code pkg:apk/alpine/<name>@<version>?arch=<arch>&distro=<version>}. */
    static Purl purl(@Nullable OperatingSystem os, String name, String version, String arch) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("arch", arch);
        if (os != null) {
            q.put("distro", os.version());
        }
        return Purl.of("apk", os != null ? os.id() : "alpine", name, version, q);
    }
}

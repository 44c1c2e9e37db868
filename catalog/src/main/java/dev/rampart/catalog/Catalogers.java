package dev.rampart.catalog;

import dev.rampart.catalog.apk.ApkCataloger;
import dev.rampart.catalog.dotnet.DotnetCataloger;
import dev.rampart.catalog.dpkg.DpkgCataloger;
import dev.rampart.catalog.golang.GolangCataloger;
import dev.rampart.catalog.java.JavaCataloger;
import dev.rampart.catalog.npm.NpmCataloger;
import dev.rampart.catalog.php.PhpCataloger;
import dev.rampart.catalog.python.PythonCataloger;
import dev.rampart.catalog.rpm.RpmCataloger;
import dev.rampart.catalog.ruby.RubyCataloger;
import dev.rampart.catalog.rust.RustCataloger;
import java.util.List;

/** Every cataloger Rampart runs, in report order: the table of contents of this module. */
public final class Catalogers {
    private Catalogers() {}

    public static List<Cataloger> all() {
        return List.of(
                new DpkgCataloger(),
                new ApkCataloger(),
                new RpmCataloger(),
                new JavaCataloger(),
                new NpmCataloger(),
                new PhpCataloger(),
                new RubyCataloger(),
                new DotnetCataloger(),
                new PythonCataloger(),
                new GolangCataloger(),
                new RustCataloger());
    }
}

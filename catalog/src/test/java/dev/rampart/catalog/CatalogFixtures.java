package dev.rampart.catalog;

import dev.rampart.catalog.os.OsDetector;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.model.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a cataloger over a fixture: a small root file system under {@code src/test/resources/}
 * (read in place, so symbolic links stay links).
 */
public final class CatalogFixtures {
    private CatalogFixtures() {}

    public static Path root(String fixture) {
        Path p = Path.of("src", "test", "resources").resolve(fixture);
        if (!Files.isDirectory(p)) {
            throw new AssertionError("fixture directory missing: " + p.toAbsolutePath());
        }
        return p;
    }

    public static ImageFiles read(String fixture, Cataloger cataloger) throws Exception {
        return ImageReader.builder()
                .wanting(path -> OsDetector.wants(path) || cataloger.wants(path))
                .build()
                .read(new ImageSource.RootDirectory(root(fixture)));
    }

    public static CatalogResult catalog(String fixture, Cataloger cataloger) throws Exception {
        ImageFiles files = read(fixture, cataloger);
        OperatingSystem os = OsDetector.detect(files.tree()).orElse(null);
        return cataloger.catalog(new CatalogContext(files, os));
    }
}

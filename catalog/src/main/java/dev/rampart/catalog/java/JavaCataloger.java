package dev.rampart.catalog.java;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.FileNode;
import dev.rampart.image.PathNames;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import java.util.ArrayList;
import java.util.List;

/**
 * Java packages: archives anywhere in the image (jar, war, ear and the archives nested in them,
 * read from the layer stream) and Java runtimes ({@code release} beside {@code lib/modules}).
 *
 * <p>An archive deleted or replaced by a later layer is not reported: only findings whose file is
 * in the final image count. Nested archives are located as {@code /opt/app.war!/WEB-INF/lib/x.jar}.
 */
public final class JavaCataloger implements Cataloger {
    private final JavaArchiveAnalyzer archives = new JavaArchiveAnalyzer(JavaLimits.DEFAULT);

    @Override
    public String name() {
        return "java";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public boolean wants(String path) {
        return JdkDetector.wants(path);
    }

    @Override
    public List<EntryAnalyzer<?>> analyzers() {
        return List.of(archives);
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        List<Package> packages = new ArrayList<>();
        for (EntryAnalyzer.Found<List<JavaArchive>> found : ctx.files().found(archives)) {
            if (!found.inFinalImage()) {
                continue;
            }
            for (JavaArchive a : found.value()) {
                packages.addAll(JavaIdentifier.identify(a, new Location(ctx.layer(found.layer()), a.path())));
            }
        }
        for (FileNode release : ctx.files().tree().all()) {
            if (release.isFile() && release.content() != null && JdkDetector.wants(release.path())) {
                String home = PathNames.parent(release.path());
                JdkDetector.detect(release, ctx.files().tree().get(home + "/lib/modules").isPresent(), ctx.locate(release))
                        .ifPresent(packages::add);
            }
        }
        return new CatalogResult(packages, List.of());
    }
}

package dev.rampart.catalog.java;

import dev.rampart.catalog.CatalogContext;
import dev.rampart.catalog.CatalogResult;
import dev.rampart.catalog.Cataloger;
import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.FileNode;
import dev.rampart.image.PathNames;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Issue;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import java.util.ArrayList;
import java.util.List;

/**
 * Java packages: archives anywhere in the image (jar, war, ear and the archives nested in them,
 * read from the layer stream) and Java runtimes ({@code release} beside {@code lib/modules}).
 *
 * <p>In a source tree (a directory, not an image) it also reads {@code pom.xml},
 * {@code gradle.lockfile} and {@code gradle/libs.versions.toml}; in images those files belong to
 * build tools and caches, not to what runs, and are left alone.
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
        return JdkDetector.wants(path) || JavaBuildFiles.wants(path);
    }

    @Override
    public List<EntryAnalyzer<?>> analyzers() {
        return List.of(archives);
    }

    @Override
    public CatalogResult catalog(CatalogContext ctx) {
        List<Package> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        boolean sourceTree = ctx.files().artifact().kind() == ArtifactKind.ROOT_DIRECTORY;
        for (EntryAnalyzer.Found<List<JavaArchive>> found : ctx.files().found(archives)) {
            if (!found.inFinalImage()) {
                continue;
            }
            for (JavaArchive a : found.value()) {
                packages.addAll(JavaIdentifier.identify(a, new Location(ctx.layer(found.layer()), a.path())));
            }
        }
        for (FileNode file : ctx.files().tree().all()) {
            if (!file.isFile() || file.content() == null) {
                continue;
            }
            if (JdkDetector.wants(file.path())) {
                String home = PathNames.parent(file.path());
                JdkDetector.detect(file, ctx.files().tree().get(home + "/lib/modules").isPresent(), ctx.locate(file))
                        .ifPresent(packages::add);
            } else if (sourceTree && JavaBuildFiles.wants(file.path())) {
                JavaBuildFiles.catalog(ctx, file, packages, issues);
            }
        }
        return new CatalogResult(packages, issues);
    }
}

package dev.rampart.catalog.java;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rampart.catalog.CatalogContext;
import dev.rampart.image.FileNode;
import dev.rampart.model.Issue;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dependencies declared in a Java source tree: {@code pom.xml}, {@code gradle.lockfile} and
 * {@code gradle/libs.versions.toml}. Test-only dependencies are marked {@code dev}; a pom
 * dependency whose version the tree cannot resolve is reported as an issue, not guessed.
 */
final class JavaBuildFiles {
    private static final TomlMapper TOML = new TomlMapper();

    private JavaBuildFiles() {}

    static boolean wants(String path) {
        return path.endsWith("/pom.xml") || path.endsWith("/gradle.lockfile") || path.endsWith("/libs.versions.toml");
    }

    static void catalog(CatalogContext ctx, FileNode file, List<Package> out, List<Issue> issues) {
        Location at = ctx.locate(file);
        try {
            if (file.path().endsWith("/pom.xml")) {
                PomReader.Pom pom = PomReader.read(file.content());
                for (PomResolver.Resolved d : PomResolver.resolve(ctx.files().tree(), file.path(), pom)) {
                    if (!d.versionKnown()) {
                        issues.add(new Issue(file.path(), "dependency " + d.groupId() + ":" + d.artifactId()
                                + " has no version this tree resolves (" + (d.version().isEmpty() ? "none given" : d.version()) + ")"));
                    } else {
                        out.add(pkg(d.groupId(), d.artifactId(), d.version(), d.scope().equals("test"), at));
                    }
                }
            } else if (file.path().endsWith("/gradle.lockfile")) {
                for (GradleFiles.Module m : GradleFiles.lockfile(new String(file.content(), StandardCharsets.UTF_8))) {
                    out.add(pkg(m.groupId(), m.artifactId(), m.version(), m.testOnly(), at));
                }
            } else {
                Map<String, Object> toml = TOML.readValue(file.content(), new TypeReference<>() {});
                for (GradleFiles.Module m : GradleFiles.versionCatalog(toml)) {
                    out.add(pkg(m.groupId(), m.artifactId(), m.version(), false, at));
                }
            }
        } catch (IOException | RuntimeException e) {
            issues.add(new Issue(file.path(), "not read: " + e.getMessage()));
        }
    }

    private static Package pkg(String group, String artifact, String version, boolean dev, Location at) {
        Map<String, String> props = new LinkedHashMap<>();
        if (dev) {
            props.put(PackageProperties.DEV, "true");
        }
        return new Package(PackageType.MAVEN, group + ":" + artifact, version, "", null, List.of(),
                Purl.of("maven", group, artifact, version, Map.of()), at, List.of(), props);
    }
}

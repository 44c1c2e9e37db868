package dev.rampart.catalog.java;

import dev.rampart.image.FileNode;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Java runtime: a {@code release} file (JDK 9+ writes {@code JAVA_VERSION="17.0.2"},
 * {@code IMPLEMENTOR="Eclipse Adoptium"}) beside a {@code lib/modules} image. Reported as one
 * package named after its implementor, so vulnerability matching can treat it as the JDK.
 */
final class JdkDetector {
    private JdkDetector() {}

    static boolean wants(String path) {
        return path.endsWith("/release") && path.indexOf('/', 1) > 0;
    }

    static Optional<Package> detect(FileNode release, boolean hasModules, Location location) {
        if (!hasModules || release.content() == null) {
            return Optional.empty();
        }
        String version = "";
        String implementor = "";
        for (String line : new String(release.content(), StandardCharsets.UTF_8).lines().toList()) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String value = line.substring(eq + 1).strip().replace("\"", "");
            switch (line.substring(0, eq).strip()) {
                case "JAVA_VERSION" -> version = value;
                case "IMPLEMENTOR" -> implementor = value;
                default -> { }
            }
        }
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String vendor = implementor.isEmpty() ? "openjdk" : implementor.toLowerCase(Locale.ROOT).replace(' ', '-');
        Purl purl = Purl.of("generic", vendor, "jdk", version, Map.of());
        return Optional.of(new Package(PackageType.JDK, "jdk", version, "", null, List.of(), purl, location, List.of(),
                Map.of("implementor", implementor)));
    }
}

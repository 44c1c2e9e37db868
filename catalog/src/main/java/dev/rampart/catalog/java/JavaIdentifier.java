package dev.rampart.catalog.java;

import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the Maven artifacts an archive holds.
 *
 * <p>The archive's own coordinates come from, in order of trust: the {@code pom.properties} whose
 * artifact id the file name carries (or the only one there is); the manifest's
 * {@code Implementation-*} or {@code Bundle-*} headers; the file name ({@code name-1.2.3.jar}).
 * Without a pom.properties the group id comes from {@code Implementation-Vendor-Id}, then a table of
 * well-known artifact families, then the package most of its classes live in. Every other
 * pom.properties in the archive is a dependency shaded into it and is reported as its own package
 * at the same location. An archive whose group id nothing reveals gets a {@code pkg:generic} purl
 * rather than an invented group.
 */
final class JavaIdentifier {
    /** {@code name-1.2.3.jar}, {@code name-1.2.3-SNAPSHOT.jar}, {@code name_2.13-1.0.jar}: the version starts at a digit after '-'. */
    private static final Pattern FILE_NAME = Pattern.compile("^(.+?)-(\\d[^-]*(?:-[A-Za-z0-9.]+)*)\\.[A-Za-z]+$");

    /** Artifact-id prefixes whose group id is certain (facts from Maven Central). */
    private static final Map<String, String> KNOWN_GROUPS = new LinkedHashMap<>();

    static {
        KNOWN_GROUPS.put("spring-boot", "org.springframework.boot");
        KNOWN_GROUPS.put("spring-security-", "org.springframework.security");
        KNOWN_GROUPS.put("spring-data-", "org.springframework.data");
        KNOWN_GROUPS.put("spring-", "org.springframework");
        KNOWN_GROUPS.put("bcprov-", "org.bouncycastle");
        KNOWN_GROUPS.put("bcpkix-", "org.bouncycastle");
        KNOWN_GROUPS.put("bcutil-", "org.bouncycastle");
        KNOWN_GROUPS.put("bcpg-", "org.bouncycastle");
        KNOWN_GROUPS.put("jackson-databind", "com.fasterxml.jackson.core");
        KNOWN_GROUPS.put("jackson-core", "com.fasterxml.jackson.core");
        KNOWN_GROUPS.put("jackson-annotations", "com.fasterxml.jackson.core");
        KNOWN_GROUPS.put("log4j-", "org.apache.logging.log4j");
        KNOWN_GROUPS.put("netty-", "io.netty");
        KNOWN_GROUPS.put("tomcat-embed-", "org.apache.tomcat.embed");
    }

    /** Top-level package prefixes shared by many unrelated projects: take three segments there. */
    private static final List<String> UMBRELLAS = List.of("org.apache", "com.google", "org.eclipse", "com.github",
            "io.github", "org.jboss", "com.sun", "javax.xml", "jakarta.xml");

    private JavaIdentifier() {}

    static List<Package> identify(JavaArchive a, Location location) {
        List<Package> out = new ArrayList<>();
        Optional<JavaArchive.PomProperties> own = ownPom(a);
        if (own.isPresent()) {
            JavaArchive.PomProperties p = own.get();
            out.add(pkg(p.groupId(), p.artifactId(), p.version(), a, location, "pom.properties"));
        } else {
            fromManifestOrName(a, location).ifPresent(out::add);
        }
        for (JavaArchive.PomProperties p : a.pomProperties()) {
            if (own.isEmpty() || p != own.get()) {
                out.add(pkg(p.groupId(), p.artifactId(), p.version(), a, location, "pom.properties (shaded)"));
            }
        }
        return out;
    }

    private static Optional<JavaArchive.PomProperties> ownPom(JavaArchive a) {
        String file = a.fileName().toLowerCase(Locale.ROOT);
        for (JavaArchive.PomProperties p : a.pomProperties()) {
            String id = p.artifactId().toLowerCase(Locale.ROOT);
            if (file.startsWith(id + "-") || file.startsWith(id + ".")) {
                return Optional.of(p);
            }
        }
        return a.pomProperties().size() == 1 ? Optional.of(a.pomProperties().getFirst()) : Optional.empty();
    }

    private static Optional<Package> fromManifestOrName(JavaArchive a, Location location) {
        Map<String, String> m = a.manifest();
        Matcher name = FILE_NAME.matcher(a.fileName());
        String fileArtifact = name.matches() ? name.group(1) : stripExtension(a.fileName());
        String fileVersion = name.matches() ? name.group(2) : "";

        String title = first(m, "Implementation-Title", "Specification-Title");
        String artifact = isIdentifier(title) ? title : fileArtifact;
        String version = first(m, "Implementation-Version", "Bundle-Version", "Specification-Version");
        String source = "MANIFEST.MF";
        if (version.isEmpty() || !isIdentifier(title) && !fileVersion.isEmpty()) {
            // a title like "Apache Commons Lang" names no artifact; the file name then says more
            version = fileVersion.isEmpty() ? version : fileVersion;
            source = m.isEmpty() ? "file name" : "MANIFEST.MF and file name";
        }
        if (artifact.isEmpty()) {
            return Optional.empty();
        }
        String group = groupId(m, artifact, a.classPackages());
        return Optional.of(pkg(group, artifact, version, a, location, source));
    }

    private static String groupId(Map<String, String> m, String artifact, Map<String, Integer> packages) {
        String vendorId = m.getOrDefault("Implementation-Vendor-Id", "");
        if (isIdentifier(vendorId) && vendorId.contains(".")) {
            return vendorId;
        }
        String lower = artifact.toLowerCase(Locale.ROOT);
        for (var e : KNOWN_GROUPS.entrySet()) {
            if (lower.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        String symbolic = m.getOrDefault("Bundle-SymbolicName", "").split(";")[0].strip();
        if (symbolic.chars().filter(c -> c == '.').count() >= 2) {
            // org.apache.commons.lang3 names a bundle, not a group: keep what precedes the artifact's own segment
            return symbolic.substring(0, symbolic.lastIndexOf('.'));
        }
        return dominantPackage(packages);
    }

    /** The two-segment package most classes are in, or three segments under an umbrella like org.apache. */
    static String dominantPackage(Map<String, Integer> packages) {
        String best = "";
        int count = 0;
        for (var e : packages.entrySet()) {
            String p = e.getKey();
            boolean two = p.chars().filter(c -> c == '.').count() == 1;
            boolean wanted = two ? !UMBRELLAS.contains(p) : UMBRELLAS.contains(p.substring(0, p.lastIndexOf('.')));
            if (wanted && e.getValue() > count) {
                best = p;
                count = e.getValue();
            }
        }
        return best;
    }

    private static Package pkg(String group, String artifact, String version, JavaArchive a, Location location,
                               String identifiedBy) {
        String name = group.isEmpty() ? artifact : group + ":" + artifact;
        Map<String, String> props = new LinkedHashMap<>();
        props.put(PackageProperties.SHA1, a.sha1());
        props.put(PackageProperties.IDENTIFIED_BY, identifiedBy);
        // a Maven purl needs a group id; without one the archive is named but not placed in Maven's namespace
        Purl purl = group.isEmpty() ? Purl.of("generic", "", artifact, version, Map.of())
                : Purl.of("maven", group, artifact, version, Map.of());
        return new Package(PackageType.MAVEN, name, version, "", null, licenses(a), purl, location, List.of(), props);
    }

    private static List<String> licenses(JavaArchive a) {
        String l = a.manifest().getOrDefault("Bundle-License", "").strip();
        return l.isEmpty() ? List.of() : List.of(l);
    }

    private static String first(Map<String, String> m, String... keys) {
        for (String k : keys) {
            String v = m.getOrDefault(k, "").strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static boolean isIdentifier(String s) {
        return !s.isEmpty() && s.matches("[A-Za-z0-9_.\\-]+");
    }

    private static String stripExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}

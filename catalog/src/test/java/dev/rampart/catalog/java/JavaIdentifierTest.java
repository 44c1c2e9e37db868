package dev.rampart.catalog.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaIdentifierTest {
    private static final Location AT = new Location(null, "/x");

    private static JavaArchive archive(String path, List<JavaArchive.PomProperties> poms, Map<String, String> manifest,
                                       Map<String, Integer> packages) {
        return new JavaArchive(path, "da39a3ee5e6b4b0d3255bfef95601890afd80709", poms, manifest, packages);
    }

    private static JavaArchive.PomProperties pom(String g, String a, String v) {
        return new JavaArchive.PomProperties("META-INF/maven/" + g + "/" + a + "/pom.properties", g, a, v);
    }

    @Test
    void identify_usesThePomPropertiesTheFileNameCarries_andReportsShadedOnes() {
        JavaArchive shaded = archive("/opt/shaded-tool-2.0.0.jar",
                List.of(pom("commons-collections", "commons-collections", "3.2.1"), pom("com.example", "shaded-tool", "2.0.0")),
                Map.of(), Map.of());
        List<Package> found = JavaIdentifier.identify(shaded, AT);
        assertThat(found).extracting(Package::name, Package::version, p -> p.properties().get(PackageProperties.IDENTIFIED_BY))
                .containsExactly(tuple("com.example:shaded-tool", "2.0.0", "pom.properties"),
                        tuple("commons-collections:commons-collections", "3.2.1", "pom.properties (shaded)"));
        assertThat(found.getFirst().purl().canonical()).isEqualTo("pkg:maven/com.example/shaded-tool@2.0.0");
        assertThat(found.getFirst().properties()).containsEntry(PackageProperties.SHA1, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    }

    @Test
    void identify_takesTheOnlyPomPropertiesEvenWhenTheFileWasRenamed() {
        List<Package> found = JavaIdentifier.identify(
                archive("/opt/app.jar", List.of(pom("org.x", "lib", "1.0")), Map.of(), Map.of()), AT);
        assertThat(found).extracting(Package::name).containsExactly("org.x:lib");
    }

    @Test
    void identify_fromManifestWithGroupFromKnownFamily() {
        JavaArchive spring = archive("/opt/lib/spring-jcl-5.3.17.jar", List.of(),
                Map.of("Implementation-Title", "spring-jcl", "Implementation-Version", "5.3.17"),
                Map.of("org.apache", 20, "org.apache.commons", 20));
        Package p = JavaIdentifier.identify(spring, AT).getFirst();
        assertThat(p.name()).isEqualTo("org.springframework:spring-jcl");
        assertThat(p.version()).isEqualTo("5.3.17");
        assertThat(p.properties()).containsEntry(PackageProperties.IDENTIFIED_BY, "MANIFEST.MF");
    }

    @Test
    void identify_fromFileNameWithGroupFromClassPackages() {
        JavaArchive a = archive("/opt/lib/widget-core-3.4.5-RC1.jar", List.of(), Map.of(),
                Map.of("io.widgets", 40, "io.widgets.core", 40, "org.slf4j", 2));
        Package p = JavaIdentifier.identify(a, AT).getFirst();
        assertThat(p.name()).isEqualTo("io.widgets:widget-core");
        assertThat(p.version()).isEqualTo("3.4.5-RC1");
        assertThat(p.properties()).containsEntry(PackageProperties.IDENTIFIED_BY, "file name");
    }

    @Test
    void identify_preferFileNameWhenManifestTitleIsProse() {
        JavaArchive a = archive("/opt/commons-lang3-3.11.jar", List.of(),
                Map.of("Implementation-Title", "Apache Commons Lang", "Implementation-Version", "3.11",
                        "Bundle-SymbolicName", "org.apache.commons.lang3"), Map.of());
        Package p = JavaIdentifier.identify(a, AT).getFirst();
        assertThat(p.name()).isEqualTo("org.apache.commons:commons-lang3");
        assertThat(p.version()).isEqualTo("3.11");
    }

    @Test
    void dominantPackage_takesThreeSegmentsUnderUmbrellaOrganisations() {
        assertThat(JavaIdentifier.dominantPackage(Map.of("org.apache", 50, "org.apache.commons", 50, "org.x", 3)))
                .isEqualTo("org.apache.commons");
        assertThat(JavaIdentifier.dominantPackage(Map.of("org.springframework", 50, "org.springframework.core", 30)))
                .isEqualTo("org.springframework");
    }

    @Test
    void identify_withoutAnyGroupUsesGenericPurl() {
        Package p = JavaIdentifier.identify(archive("/opt/app/webapp.war", List.of(), Map.of(), Map.of()), AT).getFirst();
        assertThat(p.name()).isEqualTo("webapp");
        assertThat(p.version()).isEmpty();
        assertThat(p.purl().canonical()).isEqualTo("pkg:generic/webapp");
    }
}

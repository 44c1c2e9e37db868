package dev.rampart.catalog.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.ZipBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveWalkerTest {
    private static List<JavaArchive> walk(String path, byte[] zip, JavaLimits limits) throws IOException {
        return new ArchiveWalker(limits).walk(path, new ByteArrayInputStream(zip));
    }

    private static List<JavaArchive> walk(String path, byte[] zip) throws IOException {
        return walk(path, zip, JavaLimits.DEFAULT);
    }

    @Test
    void walk_readsPomPropertiesManifestAndSha1OfWholeFile() throws Exception {
        byte[] jar = new ZipBuilder().manifest("Implementation-Version: 2.14.1")
                .pom("org.apache.logging.log4j", "log4j-core", "2.14.1")
                .file("org/apache/logging/log4j/core/Logger.class", "x").build();
        JavaArchive a = walk("/app/log4j-core-2.14.1.jar", jar).getFirst();
        assertThat(a.pomProperties()).containsExactly(new JavaArchive.PomProperties(
                "META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties", "org.apache.logging.log4j", "log4j-core", "2.14.1"));
        assertThat(a.manifest()).containsEntry("Implementation-Version", "2.14.1");
        assertThat(a.sha1()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(jar)));
        assertThat(a.classPackages()).containsEntry("org.apache", 1).containsEntry("org.apache.logging", 1);
    }

    @Test
    void walk_descendsIntoStoredAndDeflatedNestedArchives() throws Exception {
        byte[] inner = new ZipBuilder().pom("org.apache.commons", "commons-text", "1.9").build();
        byte[] war = new ZipBuilder().file("WEB-INF/lib/commons-text-1.9.jar", inner).build();
        byte[] boot = new ZipBuilder().pom("com.example", "demo", "1.0")
                .stored("BOOT-INF/lib/commons-text-1.9.jar", inner)
                .stored("BOOT-INF/lib/app.war", war).build();
        List<JavaArchive> all = walk("/opt/demo-1.0.jar", boot);
        assertThat(all).extracting(JavaArchive::path).containsExactly(
                "/opt/demo-1.0.jar",
                "/opt/demo-1.0.jar!/BOOT-INF/lib/commons-text-1.9.jar",
                "/opt/demo-1.0.jar!/BOOT-INF/lib/app.war",
                "/opt/demo-1.0.jar!/BOOT-INF/lib/app.war!/WEB-INF/lib/commons-text-1.9.jar");
        String innerSha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(inner));
        assertThat(all.get(1).sha1()).isEqualTo(innerSha1);
        assertThat(all.get(3).sha1()).isEqualTo(innerSha1);
    }

    @Test
    void walk_stopsAtNestingDepthLimit() {
        byte[] zip = new ZipBuilder().file("x", "y").build();
        for (int i = 0; i < 4; i++) {
            zip = new ZipBuilder().file("n" + i + ".jar", zip).build();
        }
        byte[] deep = zip;
        assertThatThrownBy(() -> walk("/a.jar", deep, new JavaLimits(2, 1000, 1 << 30, 1 << 20)))
                .isInstanceOf(IOException.class).hasMessageContaining("nests archives deeper than 2");
    }

    @Test
    void walk_stopsWhenNestedArchivesInflatePastLimit() {
        byte[] inner = new ZipBuilder().file("zeros.bin", new byte[2_000_000]).build();
        byte[] outer = new ZipBuilder().file("inner.jar", inner).build();
        assertThat(outer.length).isLessThan(50_000);
        assertThatThrownBy(() -> walk("/bomb.jar", outer, new JavaLimits(8, 1000, 100_000, 1 << 20)))
                .isInstanceOf(IOException.class).hasMessageContaining("/bomb.jar!/inner.jar inflates past 100000 bytes");
    }

    @Test
    void walk_rejectsOversizedManifest() {
        byte[] jar = new ZipBuilder().file("META-INF/MANIFEST.MF", "A: " + "x".repeat(5000)).build();
        assertThatThrownBy(() -> walk("/m.jar", jar, new JavaLimits(8, 1000, 1 << 30, 1000)))
                .hasMessageContaining("/m.jar!/META-INF/MANIFEST.MF is larger than 1000 bytes");
    }

    @Test
    void walk_limitsEntryCount() {
        ZipBuilder b = new ZipBuilder();
        for (int i = 0; i < 20; i++) {
            b.file("f" + i, "x");
        }
        byte[] jar = b.build();
        assertThatThrownBy(() -> walk("/many.jar", jar, new JavaLimits(8, 10, 1 << 30, 1 << 20)))
                .hasMessageContaining("/many.jar holds more than 10 entries");
    }

    @Test
    void isArchiveName_coversJavaArchiveExtensionsCaseInsensitively() {
        assertThat(ArchiveWalker.isArchiveName("/x/A.JAR")).isTrue();
        assertThat(ArchiveWalker.isArchiveName("app.war")).isTrue();
        assertThat(ArchiveWalker.isArchiveName("app.ear")).isTrue();
        assertThat(ArchiveWalker.isArchiveName("plugin.hpi")).isTrue();
        assertThat(ArchiveWalker.isArchiveName("notes.txt")).isFalse();
        assertThat(ArchiveWalker.isArchiveName("archive.zip")).isFalse();
    }
}

package dev.rampart.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a zip (jar, war, ear) in memory. {@link #stored} writes an entry uncompressed, as Spring
 * Boot stores nested jars.
 */
public final class ZipBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);

    public ZipBuilder file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public ZipBuilder file(String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ZipBuilder stored(String name, byte[] content) {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(content.length);
        e.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        e.setCrc(crc.getValue());
        try {
            zip.putNextEntry(e);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    /** {@code META-INF/maven/<g>/<a>/pom.properties}. */
    public ZipBuilder pom(String groupId, String artifactId, String version) {
        return file("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties",
                "groupId=" + groupId + "\nartifactId=" + artifactId + "\nversion=" + version + "\n");
    }

    /** {@code META-INF/MANIFEST.MF} with the given header lines ({@code "Implementation-Version: 1.0"}). */
    public ZipBuilder manifest(String... headers) {
        return file("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n" + String.join("\r\n", headers) + "\r\n\r\n");
    }

    public byte[] build() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

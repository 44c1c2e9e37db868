package dev.rampart.catalog.java;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Reads a Java archive front to back from a stream, once, descending into nested archives as it
 * meets them (Spring Boot's {@code BOOT-INF/lib}, a WAR's {@code WEB-INF/lib}, EAR modules), and
 * returns one {@link JavaArchive} per archive found, outermost first. Nothing is extracted to disk.
 */
final class ArchiveWalker {
    private static final String POM_PROPERTIES = "pom.properties";

    private final JavaLimits limits;
    private long inflated;

    ArchiveWalker(JavaLimits limits) {
        this.limits = limits;
    }

    /** Whether a file or entry name is a Java archive by its extension. */
    static boolean isArchiveName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jar") || n.endsWith(".war") || n.endsWith(".ear") || n.endsWith(".par")
                || n.endsWith(".sar") || n.endsWith(".jpi") || n.endsWith(".hpi") || n.endsWith(".nar")
                || n.endsWith(".kar");
    }

    List<JavaArchive> walk(String path, InputStream in) throws IOException {
        List<JavaArchive> out = new ArrayList<>();
        walk(path, in, 0, out);
        return out;
    }

    private void walk(String path, InputStream raw, int depth, List<JavaArchive> out) throws IOException {
        MessageDigest sha1 = sha1();
        DigestInputStream hashed = new DigestInputStream(raw, sha1);
        List<JavaArchive.PomProperties> poms = new ArrayList<>();
        Map<String, String> manifest = Map.of();
        Map<String, Integer> packages = new LinkedHashMap<>();
        int slot = out.size();
        out.add(null); // this archive's place, before its nested archives
        ZipArchiveInputStream zip = new ZipArchiveInputStream(new Unclosable(hashed), "UTF-8", true, true);
        ZipArchiveEntry e;
        int entries = 0;
        while ((e = zip.getNextEntry()) != null) {
            if (++entries > limits.maxEntries()) {
                throw new IOException(path + " holds more than " + limits.maxEntries() + " entries");
            }
            if (e.isDirectory()) {
                continue;
            }
            String name = e.getName();
            if (name.endsWith(".class")) {
                countPackage(name, packages);
            } else if (name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                manifest = manifest(bounded(zip, path, name));
            } else if (name.startsWith("META-INF/maven/") && name.endsWith("/" + POM_PROPERTIES)) {
                JavaArchive.PomProperties p = pom(name, bounded(zip, path, name));
                if (p != null) {
                    poms.add(p);
                }
            } else if (isArchiveName(name)) {
                if (depth + 1 > limits.maxDepth()) {
                    throw new IOException(path + "!/" + name + " nests archives deeper than " + limits.maxDepth());
                }
                walk(path + "!/" + name, new Unclosable(zip), depth + 1, out);
            }
            consume(zip, path);
        }
        // the central directory follows the entries: hash it too, so the SHA-1 covers the whole file
        hashed.transferTo(java.io.OutputStream.nullOutputStream());
        out.set(slot, new JavaArchive(path, HexFormat.of().formatHex(sha1.digest()), poms, manifest, packages));
    }

    /**
     * Reads the rest of the current entry, counting what it inflates to, so a zip bomb stops at
     * the limit instead of after inflating whole (skipping would inflate it just the same).
     */
    private void consume(InputStream entry, String path) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = entry.read(buf)) > 0) {
            count(n, path);
        }
    }

    private void count(long n, String path) throws IOException {
        inflated += n;
        if (inflated > limits.maxInflatedBytes()) {
            throw new IOException(path + " inflates past " + limits.maxInflatedBytes() + " bytes");
        }
    }

    private byte[] bounded(InputStream in, String path, String name) throws IOException {
        byte[] b = in.readNBytes(limits.maxMetadataBytes() + 1);
        count(b.length, path);
        if (b.length > limits.maxMetadataBytes()) {
            throw new IOException(path + "!/" + name + " is larger than " + limits.maxMetadataBytes() + " bytes");
        }
        return b;
    }

    private static JavaArchive.PomProperties pom(String entry, byte[] bytes) throws IOException {
        Properties p = new Properties();
        p.load(new ByteArrayInputStream(bytes));
        String g = p.getProperty("groupId", "").strip();
        String a = p.getProperty("artifactId", "").strip();
        String v = p.getProperty("version", "").strip();
        return g.isEmpty() || a.isEmpty() || v.isEmpty() ? null : new JavaArchive.PomProperties(entry, g, a, v);
    }

    private static Map<String, String> manifest(byte[] bytes) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            Attributes main = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
            main.forEach((k, v) -> out.put(k.toString(), v.toString().strip()));
        } catch (IOException | RuntimeException e) {
            // a malformed manifest identifies nothing; the file name still can
            out.put("X-Rampart-Unreadable", new String(bytes, 0, Math.min(bytes.length, 80), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Counts a class towards its two- and three-segment package prefixes. */
    private static void countPackage(String classEntry, Map<String, Integer> packages) {
        String entry = classEntry;
        for (String root : new String[] {"WEB-INF/classes/", "BOOT-INF/classes/"}) {
            if (entry.startsWith(root)) {
                entry = entry.substring(root.length());
            }
        }
        String[] parts = entry.split("/");
        if (parts.length < 3 || entry.startsWith("META-INF/")) {
            return;
        }
        packages.merge(parts[0] + "." + parts[1], 1, Integer::sum);
        if (parts.length >= 4) {
            packages.merge(parts[0] + "." + parts[1] + "." + parts[2], 1, Integer::sum);
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-1", e);
        }
    }


    /** Keeps the zip reader from closing the stream it was given. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        public void close() {}
    }

}

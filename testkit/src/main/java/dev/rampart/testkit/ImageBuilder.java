package dev.rampart.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes small images in each of the forms Rampart reads: a legacy {@code docker save} archive, a
 * Docker 25+ archive (OCI blobs plus {@code manifest.json}), an OCI layout directory and an OCI
 * tar. Layers are tars from {@link TarBuilder}, stored uncompressed, gzip or zstd.
 *
 * <p>{@link #corruptLayerDigest(int)} names a layer by a digest that does not match its bytes, to
 * test that readers check every blob.
 */
public final class ImageBuilder {
    public enum Compression { NONE, GZIP, ZSTD }

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Layer(byte[] tar, Compression compression) {}

    private final List<Layer> layers = new ArrayList<>();
    private final List<String> env = new ArrayList<>();
    private final List<String> repoTags = new ArrayList<>();
    private String os = "linux";
    private String architecture = "amd64";
    private int corruptLayer = -1;
    private boolean dotSlashNames;

    public ImageBuilder layer(TarBuilder tar) {
        return layer(tar.build(), Compression.GZIP);
    }

    public ImageBuilder layer(TarBuilder tar, Compression compression) {
        return layer(tar.build(), compression);
    }

    public ImageBuilder layer(byte[] tar, Compression compression) {
        layers.add(new Layer(tar, compression));
        return this;
    }

    public ImageBuilder env(String assignment) {
        env.add(assignment);
        return this;
    }

    public ImageBuilder repoTag(String tag) {
        repoTags.add(tag);
        return this;
    }

    public ImageBuilder platform(String os, String architecture) {
        this.os = os;
        this.architecture = architecture;
        return this;
    }

    /** Names layer {@code index} in the manifest by a digest its bytes do not have. */
    public ImageBuilder corruptLayerDigest(int index) {
        this.corruptLayer = index;
        return this;
    }

    /** Prefixes every archive entry with {@code ./}, as some Docker 25+ archives do. */
    public ImageBuilder dotSlashNames() {
        this.dotSlashNames = true;
        return this;
    }

    /** The blobs of the image: config and manifest JSON and the layer blobs, by digest. */
    private record Blobs(Map<String, byte[]> byDigest, String configDigest, String manifestDigest, List<String> layerDigests,
                         List<byte[]> layerBlobs, byte[] config, byte[] manifest) {}

    private Blobs blobs() {
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        List<String> layerDigests = new ArrayList<>();
        List<byte[]> layerBlobs = new ArrayList<>();
        ArrayNode diffIds = JSON.createArrayNode();
        ArrayNode manifestLayers = JSON.createArrayNode();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            byte[] blob = compress(l.tar, l.compression);
            // a corrupt layer is stored and named under a digest its bytes do not have
            String named = i == corruptLayer ? sha256(new byte[] {(byte) i}) : sha256(blob);
            blobs.put(named, blob);
            layerDigests.add(named);
            layerBlobs.add(blob);
            diffIds.add(sha256(l.tar));
            ObjectNode d = manifestLayers.addObject();
            d.put("mediaType", switch (l.compression) {
                case NONE -> "application/vnd.oci.image.layer.v1.tar";
                case GZIP -> "application/vnd.oci.image.layer.v1.tar+gzip";
                case ZSTD -> "application/vnd.oci.image.layer.v1.tar+zstd";
            });
            d.put("digest", named);
            d.put("size", blob.length);
        }
        ObjectNode config = JSON.createObjectNode();
        config.put("architecture", architecture);
        config.put("os", os);
        ObjectNode cfg = config.putObject("config");
        env.forEach(cfg.putArray("Env")::add);
        ObjectNode rootfs = config.putObject("rootfs");
        rootfs.put("type", "layers");
        rootfs.set("diff_ids", diffIds);
        ArrayNode history = config.putArray("history");
        for (int i = 0; i < layers.size(); i++) {
            history.addObject().put("created_by", "testkit layer " + i);
        }
        byte[] configBytes = write(config);
        String configDigest = sha256(configBytes);
        blobs.put(configDigest, configBytes);

        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        ObjectNode c = manifest.putObject("config");
        c.put("mediaType", "application/vnd.oci.image.config.v1+json");
        c.put("digest", configDigest);
        c.put("size", configBytes.length);
        manifest.set("layers", manifestLayers);
        byte[] manifestBytes = write(manifest);
        String manifestDigest = sha256(manifestBytes);
        blobs.put(manifestDigest, manifestBytes);
        return new Blobs(blobs, configDigest, manifestDigest, layerDigests, layerBlobs, configBytes, manifestBytes);
    }

    /** A legacy {@code docker save} archive: {@code <hex>/layer.tar}, {@code <hex>.json}, {@code manifest.json}. */
    public Path writeDockerArchive(Path file) {
        Blobs b = blobs();
        TarBuilder tar = new TarBuilder();
        List<String> layerPaths = new ArrayList<>();
        for (int i = 0; i < b.layerDigests.size(); i++) {
            String hex = hex(b.layerDigests.get(i));
            tar.file(name(hex + "/layer.tar"), b.layerBlobs.get(i));
            layerPaths.add(hex + "/layer.tar");
        }
        tar.file(name(hex(b.configDigest) + ".json"), b.config);
        ArrayNode manifest = JSON.createArrayNode();
        ObjectNode m = manifest.addObject();
        m.put("Config", hex(b.configDigest) + ".json");
        repoTags.forEach(m.putArray("RepoTags")::add);
        layerPaths.forEach(m.putArray("Layers")::add);
        tar.file(name("manifest.json"), write(manifest));
        return writeFile(file, tar.build());
    }

    /** A Docker 25+ {@code docker save} archive: OCI blobs and index plus a {@code manifest.json}. */
    public Path writeDockerArchiveOciStyle(Path file) {
        Blobs b = blobs();
        TarBuilder tar = ociEntries(b);
        ArrayNode manifest = JSON.createArrayNode();
        ObjectNode m = manifest.addObject();
        m.put("Config", "blobs/sha256/" + hex(b.configDigest));
        repoTags.forEach(m.putArray("RepoTags")::add);
        ArrayNode ls = m.putArray("Layers");
        b.layerDigests.forEach(d -> ls.add("blobs/sha256/" + hex(d)));
        tar.file(name("manifest.json"), write(manifest));
        return writeFile(file, tar.build());
    }

    /** An OCI image layout written as a tar. */
    public Path writeOciArchive(Path file) {
        return writeFile(file, ociEntries(blobs()).build());
    }

    /** An OCI image layout directory. */
    public Path writeOciLayout(Path dir) {
        Blobs b = blobs();
        try {
            Files.createDirectories(dir.resolve("blobs/sha256"));
            Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
            Files.write(dir.resolve("index.json"), index(b));
            for (var e : b.byDigest.entrySet()) {
                Files.write(dir.resolve("blobs/sha256").resolve(hex(e.getKey())), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private TarBuilder ociEntries(Blobs b) {
        TarBuilder tar = new TarBuilder();
        tar.file(name("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        tar.file(name("index.json"), index(b));
        for (var e : b.byDigest.entrySet()) {
            tar.file(name("blobs/sha256/" + hex(e.getKey())), e.getValue());
        }
        return tar;
    }

    private byte[] index(Blobs b) {
        ObjectNode index = JSON.createObjectNode();
        index.put("schemaVersion", 2);
        index.put("mediaType", "application/vnd.oci.image.index.v1+json");
        ObjectNode m = index.putArray("manifests").addObject();
        m.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        m.put("digest", b.manifestDigest);
        m.put("size", b.manifest.length);
        ObjectNode p = m.putObject("platform");
        p.put("os", os);
        p.put("architecture", architecture);
        if (!repoTags.isEmpty()) {
            m.putObject("annotations").put("org.opencontainers.image.ref.name", repoTags.getFirst());
        }
        return write(index);
    }


    private String name(String n) {
        return dotSlashNames ? "./" + n : n;
    }

    private static String hex(String digest) {
        return digest.substring("sha256:".length());
    }

    private static byte[] compress(byte[] tar, Compression c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream s = switch (c) {
            case NONE -> out;
            case GZIP -> new GZIPOutputStream(out);
            case ZSTD -> new ZstdOutputStream(out);
        }) {
            s.write(tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] write(Object node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeFile(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

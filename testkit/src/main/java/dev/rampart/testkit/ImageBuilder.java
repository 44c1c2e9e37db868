package dev.rampart.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * <p>{@link #corruptLayerDigest(int)} names a layer by a digest that does not match its bytes,
 * {@link #corruptDiffId(int)} records a wrong diff id and {@link #tamperConfig()} changes the config
 * after it was named, to test that readers check every blob.
 *
 * <p>{@link #platformImage(ImageBuilder)} makes the image an index of several platforms (written
 * where an {@code index.json} is: the OCI forms and Docker 25+ archives); {@link #nestedIndex()}
 * puts that list in an inner index, as registries and Docker 25+ do.
 */
public final class ImageBuilder {
    public enum Compression { NONE, GZIP, ZSTD }

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Layer(byte[] tar, Compression compression) {}

    private final List<Layer> layers = new ArrayList<>();
    private final List<String> env = new ArrayList<>();
    private final List<String> repoTags = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<ImageBuilder> platformImages = new ArrayList<>();
    private String os = "linux";
    private String architecture = "amd64";
    private String variant = "";
    private String user = "";
    private int corruptLayer = -1;
    private int corruptDiffId = -1;
    private boolean tamperConfig;
    private int nestedLevels;
    private boolean dotSlashNames;

    private record HistoryEntry(String createdBy, boolean emptyLayer) {}

    public ImageBuilder layer(TarBuilder tar) {
        return layer(tar.build(), Compression.GZIP);
    }

    public ImageBuilder layer(TarBuilder tar, Compression compression) {
        return layer(tar.build(), compression);
    }

    public ImageBuilder layer(byte[] tar, Compression compression) {
        history.add(new HistoryEntry("testkit layer " + layers.size(), false));
        layers.add(new Layer(tar, compression));
        return this;
    }

    /** Records a history entry that made no layer ({@code empty_layer: true}) after the layers so far. */
    public ImageBuilder emptyLayerHistory(String createdBy) {
        history.add(new HistoryEntry(createdBy, true));
        return this;
    }

    public ImageBuilder label(String key, String value) {
        labels.put(key, value);
        return this;
    }

    public ImageBuilder user(String user) {
        this.user = user;
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
        return platform(os, architecture, "");
    }

    public ImageBuilder platform(String os, String architecture, String variant) {
        this.os = os;
        this.architecture = architecture;
        this.variant = variant;
        return this;
    }

    /**
     * Adds another platform's image to this one's index: the index lists this image first, then
     * each added one, each with the platform it was given. Only forms with an {@code index.json}
     * carry the others; a legacy {@code docker save} archive holds this image alone.
     */
    public ImageBuilder platformImage(ImageBuilder other) {
        platformImages.add(other);
        return this;
    }

    /** Writes the platform list as an inner image index that {@code index.json} points at. */
    public ImageBuilder nestedIndex() {
        return nestedIndex(1);
    }

    /** Puts {@code levels} image indexes between {@code index.json} and the platform list. */
    public ImageBuilder nestedIndex(int levels) {
        this.nestedLevels = levels;
        return this;
    }

    /** Records a diff id for layer {@code index} in the config's rootfs that its tar does not have. */
    public ImageBuilder corruptDiffId(int index) {
        this.corruptDiffId = index;
        return this;
    }

    /** Stores the config under its digest but with a byte changed (still valid JSON). */
    public ImageBuilder tamperConfig() {
        this.tamperConfig = true;
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
            diffIds.add(i == corruptDiffId ? sha256(new byte[] {(byte) i, 1}) : sha256(l.tar));
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
        if (!variant.isEmpty()) {
            config.put("variant", variant);
        }
        ObjectNode cfg = config.putObject("config");
        env.forEach(cfg.putArray("Env")::add);
        if (!labels.isEmpty()) {
            ObjectNode ls = cfg.putObject("Labels");
            labels.forEach(ls::put);
        }
        if (!user.isEmpty()) {
            cfg.put("User", user);
        }
        ObjectNode rootfs = config.putObject("rootfs");
        rootfs.put("type", "layers");
        rootfs.set("diff_ids", diffIds);
        ArrayNode hs = config.putArray("history");
        for (HistoryEntry h : history) {
            ObjectNode entry = hs.addObject().put("created_by", h.createdBy);
            if (h.emptyLayer) {
                entry.put("empty_layer", true);
            }
        }
        byte[] configBytes = write(config);
        String configDigest = sha256(configBytes);
        if (tamperConfig) {
            // named by the digest of the original, stored with one more byte
            configBytes = (new String(configBytes, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        }
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
        return writeDockerArchive(file, List.of(this));
    }

    /**
     * A legacy {@code docker save} archive of several images ({@code docker save a b}): one
     * {@code manifest.json} entry per image, in order, layers shared by digest.
     */
    public static Path writeDockerArchive(Path file, List<ImageBuilder> images) {
        TarBuilder tar = new TarBuilder();
        ArrayNode manifest = JSON.createArrayNode();
        java.util.Set<String> written = new java.util.HashSet<>();
        for (ImageBuilder image : images) {
            Blobs b = image.blobs();
            List<String> layerPaths = new ArrayList<>();
            for (int i = 0; i < b.layerDigests.size(); i++) {
                String hex = hex(b.layerDigests.get(i));
                if (written.add(hex + "/layer.tar")) {
                    tar.file(image.name(hex + "/layer.tar"), b.layerBlobs.get(i));
                }
                layerPaths.add(hex + "/layer.tar");
            }
            if (written.add(hex(b.configDigest) + ".json")) {
                tar.file(image.name(hex(b.configDigest) + ".json"), b.config);
            }
            ObjectNode m = manifest.addObject();
            m.put("Config", hex(b.configDigest) + ".json");
            image.repoTags.forEach(m.putArray("RepoTags")::add);
            layerPaths.forEach(m.putArray("Layers")::add);
        }
        tar.file(images.getFirst().name("manifest.json"), write(manifest));
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
            Index index = index(b);
            Files.write(dir.resolve("index.json"), index.json);
            for (var e : index.blobs.entrySet()) {
                Files.write(dir.resolve("blobs/sha256").resolve(hex(e.getKey())), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Writes {@code source} gzip-compressed to {@code target}, as {@code docker save | gzip} does. */
    public static Path gzip(Path source, Path target) {
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The digest of the image config (the image id). */
    public String configDigest() {
        return blobs().configDigest;
    }

    /** The digest of this image's manifest (not of an index). */
    public String manifestDigest() {
        return blobs().manifestDigest;
    }

    /** The digests of the layer blobs as stored, bottom first (a corrupt layer's as named). */
    public List<String> layerDigests() {
        return blobs().layerDigests;
    }

    /** The digests of the uncompressed layer tars, bottom first. */
    public List<String> diffIds() {
        return layers.stream().map(l -> sha256(l.tar)).toList();
    }

    private TarBuilder ociEntries(Blobs b) {
        TarBuilder tar = new TarBuilder();
        tar.file(name("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        Index index = index(b);
        tar.file(name("index.json"), index.json);
        for (var e : index.blobs.entrySet()) {
            tar.file(name("blobs/sha256/" + hex(e.getKey())), e.getValue());
        }
        return tar;
    }

    /** {@code index.json} and every blob it leads to. */
    private record Index(byte[] json, Map<String, byte[]> blobs) {}

    private Index index(Blobs b) {
        Map<String, byte[]> all = new LinkedHashMap<>(b.byDigest);
        ArrayNode descriptors = JSON.createArrayNode();
        descriptors.add(descriptor(b, nestedLevels == 0));
        for (ImageBuilder other : platformImages) {
            Blobs ob = other.blobs();
            all.putAll(ob.byDigest);
            descriptors.add(other.descriptor(ob, true));
        }
        byte[] json = write(indexOf(descriptors));
        for (int level = 0; level < nestedLevels; level++) {
            String digest = sha256(json);
            all.put(digest, json);
            ObjectNode d = JSON.createObjectNode();
            d.put("mediaType", "application/vnd.oci.image.index.v1+json");
            d.put("digest", digest);
            d.put("size", json.length);
            if (level == nestedLevels - 1 && !repoTags.isEmpty()) {
                d.putObject("annotations").put("org.opencontainers.image.ref.name", repoTags.getFirst());
            }
            ArrayNode outer = JSON.createArrayNode();
            outer.add(d);
            json = write(indexOf(outer));
        }
        return new Index(json, all);
    }

    private static ObjectNode indexOf(ArrayNode manifests) {
        ObjectNode index = JSON.createObjectNode();
        index.put("schemaVersion", 2);
        index.put("mediaType", "application/vnd.oci.image.index.v1+json");
        index.set("manifests", manifests);
        return index;
    }

    private ObjectNode descriptor(Blobs b, boolean annotate) {
        ObjectNode m = JSON.createObjectNode();
        m.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
        m.put("digest", b.manifestDigest);
        m.put("size", b.manifest.length);
        ObjectNode p = m.putObject("platform");
        p.put("os", os);
        p.put("architecture", architecture);
        if (!variant.isEmpty()) {
            p.put("variant", variant);
        }
        if (annotate && !repoTags.isEmpty()) {
            m.putObject("annotations").put("org.opencontainers.image.ref.name", repoTags.getFirst());
        }
        return m;
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

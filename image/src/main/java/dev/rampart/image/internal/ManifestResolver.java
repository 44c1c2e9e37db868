package dev.rampart.image.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.image.ImageConfig;
import dev.rampart.image.ImageReadException;
import dev.rampart.image.Limits;
import dev.rampart.image.PathNames;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Digest;
import dev.rampart.model.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an image's metadata from its store: {@code manifest.json} of a docker archive, or
 * {@code index.json} → (nested indexes) → manifest of an OCI layout, then the config. Every JSON
 * document is size-limited and, where a digest names it, checked against that digest.
 *
 * <p>Formats: OCI image spec v1.1 (index, manifest, config); Docker's {@code docker save} layout
 * ({@code manifest.json} with {@code Config}, {@code RepoTags}, {@code Layers}).
 */
final class ManifestResolver {
    private static final String INDEX_OCI = "application/vnd.oci.image.index.v1+json";
    private static final String INDEX_DOCKER = "application/vnd.docker.distribution.manifest.list.v2+json";

    private final BlobStore store;
    private final Limits limits;
    private final Platform wanted;
    private final ObjectMapper json;

    ManifestResolver(BlobStore store, Limits limits, Platform wanted) {
        this.store = store;
        this.limits = limits;
        this.wanted = wanted;
        this.json = JsonMapper.builder().build();
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(limits.maxMetadataBytes()).build());
    }

    ResolvedImage dockerArchive() throws IOException, ImageReadException {
        JsonNode manifest = readJson("manifest.json", null);
        if (!manifest.isArray() || manifest.isEmpty()) {
            throw fail("manifest.json", "expected a non-empty array of images");
        }
        // one entry per image saved (docker save a b): the first whose config is for the wanted
        // platform, or the only one, as an index entry without a platform is taken in an OCI layout
        JsonNode image = null;
        String configName = null;
        Digest configDigest = null;
        byte[] configBytes = null;
        JsonNode config = null;
        List<String> offered = new ArrayList<>();
        for (JsonNode entry : manifest) {
            configName = text(entry, "Config", "manifest.json");
            configDigest = digestFromName(configName);
            configBytes = readBytes(clean(configName), configDigest);
            config = parse(configBytes, configName);
            Platform platform = platformOf(config, configName);
            if (manifest.size() == 1 || wanted.matches(platform)) {
                image = entry;
                break;
            }
            offered.add(platform.toString());
        }
        if (image == null) {
            throw fail("manifest.json", "has no image for platform " + wanted + " (it offers "
                    + String.join(", ", offered) + "); choose one with --platform");
        }
        if (configDigest == null) {
            configDigest = sha256(configBytes);
        }
        List<String> tags = new ArrayList<>();
        image.path("RepoTags").forEach(t -> tags.add(t.asText()));
        JsonNode layers = image.path("Layers");
        List<Digest> diffIds = diffIds(config, configName);
        if (layers.size() != diffIds.size()) {
            throw fail("manifest.json", "lists " + layers.size() + " layers but the config's rootfs has "
                    + diffIds.size() + " diff ids");
        }
        List<String> history = createdBy(config);
        List<ResolvedImage.LayerRef> refs = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            String name = clean(layers.get(i).asText());
            refs.add(new ResolvedImage.LayerRef(name, digestFromName(name), diffIds.get(i),
                    "application/vnd.docker.image.rootfs.diff.tar", store.size(name), historyFor(history, i)));
        }
        return new ResolvedImage(ArtifactKind.DOCKER_ARCHIVE, configDigest, dockerManifestDigest(configDigest), tags,
                platformOf(config, configName),
                imageConfig(config), refs);
    }

    /**
     * Docker 25+ archives also carry the OCI index and manifests: the digest of the manifest whose
     * config is this image's, when the archive has one (legacy archives have none).
     */
    private @Nullable Digest dockerManifestDigest(Digest configDigest) {
        if (!store.exists("index.json")) {
            return null;
        }
        try {
            Selected m = select(readJson("index.json", null), "index.json", 0, new ArrayList<>());
            String cfg = m.node().path("config").path("digest").asText("");
            return cfg.equals(configDigest.toString()) ? m.digest() : null;
        } catch (IOException | ImageReadException e) {
            return null; // the manifest digest is informational here; manifest.json already named the image
        }
    }

    ResolvedImage ociLayout(ArtifactKind kind) throws IOException, ImageReadException {
        JsonNode index = readJson("index.json", null);
        List<String> tags = new ArrayList<>();
        Selected manifest = select(index, "index.json", 0, tags);
        JsonNode m = manifest.node;
        JsonNode cfg = m.path("config");
        Digest configDigest = parseDigest(cfg.path("digest").asText(""), "manifest " + manifest.digest + " config");
        byte[] configBytes = readBytes(blobName(configDigest), configDigest);
        JsonNode config = parse(configBytes, "config " + configDigest);
        List<Digest> diffIds = diffIds(config, "config " + configDigest);
        JsonNode layers = m.path("layers");
        if (layers.size() != diffIds.size()) {
            throw fail("manifest " + manifest.digest, "lists " + layers.size()
                    + " layers but the config's rootfs has " + diffIds.size() + " diff ids");
        }
        List<String> history = createdBy(config);
        List<ResolvedImage.LayerRef> refs = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            JsonNode l = layers.get(i);
            Digest d = parseDigest(l.path("digest").asText(""), "manifest " + manifest.digest + " layer " + i);
            refs.add(new ResolvedImage.LayerRef(blobName(d), d, diffIds.get(i), l.path("mediaType").asText(""),
                    l.path("size").asLong(-1), historyFor(history, i)));
        }
        return new ResolvedImage(kind, configDigest, manifest.digest, tags, platformOf(config, "config " + configDigest),
                imageConfig(config), refs);
    }

    private record Selected(JsonNode node, Digest digest) {}

    /** Follows an index to the one manifest for the wanted platform. */
    private Selected select(JsonNode index, String where, int depth, List<String> tags)
            throws IOException, ImageReadException {
        if (depth > limits.maxIndexDepth()) {
            throw fail(where, "image indexes nest deeper than " + limits.maxIndexDepth() + " (Limits.maxIndexDepth)");
        }
        JsonNode manifests = index.path("manifests");
        if (!manifests.isArray() || manifests.isEmpty()) {
            throw fail(where, "has no manifests");
        }
        JsonNode chosen = null;
        List<String> offered = new ArrayList<>();
        for (JsonNode m : manifests) {
            JsonNode p = m.path("platform");
            if (p.isMissingNode()) {
                chosen = chosen == null ? m : chosen;
                continue;
            }
            Platform platform = platform(p.path("os").asText("?"), p.path("architecture").asText("?"),
                    p.path("variant").asText(""), where);
            offered.add(platform.toString());
            if (wanted.matches(platform) && (chosen == null || !chosen.has("platform"))) {
                chosen = m;
            }
        }
        if (chosen == null) {
            throw fail(where, "has no image for platform " + wanted + " (it offers " + String.join(", ", offered)
                    + "); choose one with --platform");
        }
        String ref = chosen.path("annotations").path("org.opencontainers.image.ref.name").asText("");
        if (!ref.isEmpty()) {
            tags.add(ref);
        }
        Digest digest = parseDigest(chosen.path("digest").asText(""), where + " manifest");
        JsonNode node = parse(readBytes(blobName(digest), digest), "manifest " + digest);
        String mediaType = node.path("mediaType").asText(chosen.path("mediaType").asText(""));
        if (mediaType.equals(INDEX_OCI) || mediaType.equals(INDEX_DOCKER) || node.has("manifests")) {
            return select(node, "index " + digest, depth + 1, tags);
        }
        return new Selected(node, digest);
    }

    private List<Digest> diffIds(JsonNode config, String where) throws ImageReadException {
        List<Digest> ids = new ArrayList<>();
        for (JsonNode d : config.path("rootfs").path("diff_ids")) {
            ids.add(parseDigest(d.asText(""), where + " rootfs.diff_ids"));
        }
        return ids;
    }

    /** created_by of the history entries that made a layer (empty_layer entries made none). */
    private static List<String> createdBy(JsonNode config) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : config.path("history")) {
            if (!h.path("empty_layer").asBoolean(false)) {
                out.add(h.path("created_by").asText(""));
            }
        }
        return out;
    }

    private static @Nullable String historyFor(List<String> history, int layer) {
        return layer < history.size() && !history.get(layer).isEmpty() ? history.get(layer) : null;
    }

    private static ImageConfig imageConfig(JsonNode config) {
        JsonNode c = config.path("config");
        List<String> env = new ArrayList<>();
        c.path("Env").forEach(e -> env.add(e.asText()));
        Map<String, String> labels = new LinkedHashMap<>();
        c.path("Labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        List<String> history = new ArrayList<>();
        config.path("history").forEach(h -> history.add(h.path("created_by").asText("")));
        return new ImageConfig(env, labels, history, c.path("User").asText(""));
    }

    private Platform platformOf(JsonNode config, String where) throws ImageReadException {
        return platform(config.path("os").asText("linux"), config.path("architecture").asText("amd64"),
                config.path("variant").asText(""), where);
    }

    /** A platform as the document gives it; a blank os or architecture fails naming the document. */
    private Platform platform(String os, String architecture, String variant, String where) throws ImageReadException {
        try {
            return new Platform(os, architecture, variant);
        } catch (IllegalArgumentException e) {
            throw fail(where, "has an invalid platform: " + e.getMessage());
        }
    }

    private static String blobName(Digest d) {
        return "blobs/" + d.algorithm() + "/" + d.hex();
    }

    /** Docker archives name blobs {@code <hex>.json}, {@code <hex>/layer.tar} or {@code blobs/sha256/<hex>}. */
    private static @Nullable Digest digestFromName(String name) {
        String n = clean(name);
        if (n.startsWith("blobs/sha256/")) {
            return tryDigest(n.substring("blobs/sha256/".length()));
        }
        if (n.endsWith(".json")) {
            return tryDigest(n.substring(0, n.length() - ".json".length()));
        }
        return null;
    }

    private static @Nullable Digest tryDigest(String hex) {
        try {
            return new Digest("sha256", hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clean(String name) {
        return PathNames.normalise(name).substring(1);
    }

    private Digest parseDigest(String value, String where) throws ImageReadException {
        try {
            return Digest.parse(value);
        } catch (IllegalArgumentException e) {
            throw fail(where, e.getMessage());
        }
    }

    private String text(JsonNode node, String field, String where) throws ImageReadException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw fail(where, "field " + field + " is missing");
        }
        if (PathNames.escapesRoot(v.asText())) {
            throw fail(where, field + " '" + v.asText() + "' points outside the archive");
        }
        return v.asText();
    }

    private JsonNode readJson(String name, @Nullable Digest expected) throws IOException, ImageReadException {
        return parse(readBytes(name, expected), name);
    }

    private JsonNode parse(byte[] bytes, String where) throws ImageReadException {
        try {
            return json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw fail(where, "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw fail(where, "cannot be parsed: " + e.getMessage());
        }
    }

    private byte[] readBytes(String name, @Nullable Digest expected) throws IOException, ImageReadException {
        if (!store.exists(name)) {
            throw fail(name, "is missing");
        }
        byte[] bytes;
        try (InputStream in = store.open(name)) {
            bytes = in.readNBytes(limits.maxMetadataBytes() + 1);
        }
        if (bytes.length > limits.maxMetadataBytes()) {
            throw fail(name, "is larger than " + limits.maxMetadataBytes() + " bytes (Limits.maxMetadataBytes)");
        }
        if (expected != null) {
            Digest actual = sha256(bytes);
            if (!actual.equals(expected)) {
                throw fail(name, "digest mismatch: expected " + expected + ", got " + actual);
            }
        }
        return bytes;
    }

    private static Digest sha256(byte[] bytes) {
        try {
            return Digest.sha256(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImageReadException fail(String where, String problem) {
        return new ImageReadException(store.describe() + ": " + where + " " + problem);
    }
}

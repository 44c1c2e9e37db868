package dev.rampart.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Digest;
import dev.rampart.model.Inventory;
import dev.rampart.model.LayerInfo;
import dev.rampart.model.Location;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Platform;
import dev.rampart.model.Purl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Inventories for the tests, read from {@code src/test/resources/inventories/<name>.json}: the
 * model's fields by name, digests, platforms and purls as strings, absent fields as null.
 */
public final class Fixtures {
    /** Every fixture; each must encode to schema-valid documents. */
    public static final List<String> ALL = List.of("debian", "empty", "rootfs", "duplicate-purls", "licenses", "control-characters");

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05.678Z"), ZoneOffset.UTC);
    public static final UUID ID = UUID.fromString("3b1f5c2e-8a4d-4e6f-9c1a-2b3c4d5e6f70");
    public static final Supplier<UUID> IDS = () -> ID;
    public static final String TOOL_VERSION = "0.1.0-test";

    private static final JsonMapper JSON = new JsonMapper();

    private Fixtures() {}

    public static Inventory load(String name) {
        String resource = "/inventories/" + name + ".json";
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return inventory(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + resource, e);
        }
    }

    private static Inventory inventory(JsonNode n) {
        JsonNode os = n.path("os");
        return new Inventory(artifact(n.get("artifact")),
                os.isMissingNode() ? null : new OperatingSystem(os.get("id").asText(), os.path("version").asText(),
                        os.path("prettyName").asText()),
                list(n.path("packages")).stream().map(Fixtures::pkg).toList(), List.of());
    }

    private static ArtifactInfo artifact(JsonNode n) {
        return new ArtifactInfo(n.get("name").asText(), ArtifactKind.valueOf(n.get("kind").asText()),
                digest(n.path("imageId")), digest(n.path("manifestDigest")), strings(n.path("repoTags")),
                n.hasNonNull("platform") ? Platform.parse(n.get("platform").asText()) : null,
                list(n.path("layers")).stream().map(l -> new LayerInfo(digest(l.get("digest")), digest(l.get("diffId")),
                        l.get("mediaType").asText(), l.get("size").asLong(), l.path("createdBy").asText(null))).toList());
    }

    private static Package pkg(JsonNode n) {
        JsonNode source = n.path("source");
        JsonNode location = n.get("location");
        return new Package(PackageType.valueOf(n.get("type").asText()), n.get("name").asText(), n.get("version").asText(),
                n.path("architecture").asText(),
                source.isMissingNode() ? null : new Package.SourcePackage(source.get("name").asText(), source.get("version").asText()),
                strings(n.path("licenses")), Purl.parse(n.get("purl").asText()),
                new Location(digest(location.path("layer")), location.get("path").asText()), strings(n.path("files")));
    }

    private static @Nullable Digest digest(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : Digest.parse(n.asText());
    }

    private static List<String> strings(JsonNode n) {
        return list(n).stream().map(JsonNode::asText).toList();
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> items = new ArrayList<>();
        n.forEach(items::add);
        return items;
    }
}

package dev.rampart.catalog.rpm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.testkit.Corpus;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rpm packages of one of Trivy's CycloneDX inventories in the corpus, reduced to what an
 * rpm header says: name, epoch (0 when the purl has no {@code epoch=}), version-release, arch,
 * license, vendor (CycloneDX supplier) and the source package (Trivy's SrcName/SrcVersion/SrcRelease).
 */
record TrivyInventory(List<Component> components) {

    record Component(String name, int epoch, String versionRelease, String arch, List<String> licenses,
            String supplier, String sourceName, String sourceVersionRelease) {}

    /** What the reader should agree with Trivy on for one package. */
    record Identity(String name, int epoch, String versionRelease, String arch, String license) {}

    static TrivyInventory load(String corpusPath) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Corpus.resolve(corpusPath).toFile());
        List<Component> components = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            if (!c.path("type").asText().equals("library")) {
                continue;
            }
            Map<String, String> qualifiers = qualifiers(c.path("purl").asText());
            Map<String, String> properties = new HashMap<>();
            c.path("properties").forEach(p -> properties.put(p.path("name").asText(), p.path("value").asText()));
            List<String> licenses = new ArrayList<>();
            c.path("licenses").forEach(l -> licenses.add(l.path("license").path("name").asText()));
            components.add(new Component(
                    c.path("name").asText(),
                    Integer.parseInt(qualifiers.getOrDefault("epoch", "0")),
                    c.path("version").asText(),
                    qualifiers.getOrDefault("arch", ""),
                    licenses,
                    c.path("supplier").path("name").asText(""),
                    properties.getOrDefault("aquasecurity:trivy:SrcName", ""),
                    properties.getOrDefault("aquasecurity:trivy:SrcVersion", "") + "-"
                            + properties.getOrDefault("aquasecurity:trivy:SrcRelease", "")));
        }
        return new TrivyInventory(List.copyOf(components));
    }

    List<Identity> identities() {
        return components.stream()
                .map(c -> new Identity(c.name(), c.epoch(), c.versionRelease(), c.arch(), String.join(" AND ", c.licenses())))
                .toList();
    }

    static Identity identityOf(RpmPackage p) {
        return new Identity(p.name(), p.epoch() == null ? 0 : p.epoch(), p.versionRelease(), p.arch(), p.license());
    }

    private static Map<String, String> qualifiers(String purl) {
        Map<String, String> result = new HashMap<>();
        int q = purl.indexOf('?');
        if (q < 0) {
            return result;
        }
        for (String pair : purl.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            result.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return result;
    }
}

package dev.rampart.catalog.rust;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rampart.model.Issue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * {@code Cargo.lock}: TOML with one {@code [[package]]} table per crate ({@code name},
 * {@code version}, {@code source}, {@code checksum}). Crates without a {@code source} are the
 * workspace's own and are left out. Version 1 lock files keep checksums apart, in
 * {@code [metadata]} keys {@code "checksum <name> <version> (<source>)"}.
 * Format: https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html and cargo's
 * {@code core/resolver/encode.rs}.
 */
final class CargoLockParser {
    private final ObjectMapper toml;

    CargoLockParser(RustLimits limits) {
        this.toml = new TomlMapper(TomlFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build())
                .build());
    }

    /** A locked crate from a registry or git repository; {@code checksum} is empty when none is recorded. */
    record LockedCrate(String name, String version, String source, String checksum) {}

    record Result(List<LockedCrate> crates, List<Issue> issues) {}

    Result parse(String path, String text) {
        JsonNode root;
        try {
            root = toml.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at != null && at.getLineNr() > 0 ? path + ":" + at.getLineNr() : path;
            return new Result(List.of(), List.of(new Issue(where, "not valid TOML, skipped: " + e.getOriginalMessage())));
        }
        Map<String, String> v1Checksums = new HashMap<>();
        for (Entry<String, JsonNode> e : root.path("metadata").properties()) {
            if (e.getKey().startsWith("checksum ") && e.getValue().isTextual()) {
                String[] f = e.getKey().split(" ");
                if (f.length >= 3) {
                    v1Checksums.put(f[1] + " " + f[2], e.getValue().asText());
                }
            }
        }
        List<LockedCrate> crates = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        JsonNode packages = root.path("package");
        for (int i = 0; i < packages.size(); i++) {
            JsonNode p = packages.get(i);
            String name = p.path("name").asText("");
            String version = p.path("version").asText("");
            String source = p.path("source").asText("");
            if (source.isEmpty()) {
                continue;
            }
            if (name.isBlank() || version.isBlank()) {
                issues.add(new Issue(path, "[[package]] #" + (i + 1) + " has no " + (name.isBlank() ? "name" : "version")
                        + "; skipped"));
                continue;
            }
            String checksum = p.path("checksum").asText(v1Checksums.getOrDefault(name + " " + version, ""));
            crates.add(new LockedCrate(name, version, source, checksum));
        }
        return new Result(crates, issues);
    }
}

package dev.rampart.catalog.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code package-lock.json} and {@code npm-shrinkwrap.json}
 * (https://docs.npmjs.com/cli/configuring-npm/package-lock-json), every lockfile version:
 *
 * <ul>
 *   <li>v2 and v3: the {@code packages} map, keyed by install path. The key {@code ""} is the project
 *       itself and keys outside any {@code node_modules} are its workspace folders: neither is a
 *       dependency. {@code link: true} entries are symlinks to a workspace folder and are left out too.
 *       An entry's {@code name} (set for aliases) wins over the name in its key.
 *       <pre>{@code "node_modules/send/node_modules/ms": {"version": "2.1.1", "dev": true, "integrity": "sha512-..."}}</pre></li>
 *   <li>v1: the nested {@code dependencies} tree; an alias is written
 *       {@code "version": "npm:real-name@1.2.3"}; {@code file:} and {@code link:} versions are local
 *       folders, not registry packages, and are left out.</li>
 * </ul>
 * {@code dev: true} and {@code devOptional: true} both mark a development dependency.
 */
final class PackageLockParser {
    private static final String NODE_MODULES = "node_modules/";

    private PackageLockParser() {}

    static List<LockedPackage> parse(byte[] content, NpmLimits limits) throws NpmFormatException {
        JsonNode root = PackageJsonParser.readJson(content, limits);
        if (!root.isObject()) {
            throw new NpmFormatException(1, "package-lock is not a JSON object");
        }
        List<LockedPackage> out = new ArrayList<>();
        if (root.path("packages").isObject()) {
            for (Map.Entry<String, JsonNode> e : root.path("packages").properties()) {
                fromPackagesEntry(e.getKey(), e.getValue(), out);
            }
        } else if (root.path("dependencies").isObject()) {
            fromDependencies(root.path("dependencies"), "", out);
        } else if (!root.has("lockfileVersion")) {
            throw new NpmFormatException(1, "package-lock has neither \"packages\" nor \"dependencies\" nor \"lockfileVersion\"");
        }
        return out;
    }

    private static void fromPackagesEntry(String key, JsonNode entry, List<LockedPackage> out) {
        int at = key.lastIndexOf(NODE_MODULES);
        if (key.isEmpty() || !entry.isObject() || entry.path("link").asBoolean(false)
                || at < 0 || (at > 0 && key.charAt(at - 1) != '/')) {
            return;
        }
        String name = entry.path("name").isTextual() ? entry.path("name").asText() : key.substring(at + NODE_MODULES.length());
        String version = entry.path("version").asText("");
        if (name.isBlank() || version.isBlank()) {
            return;
        }
        boolean dev = entry.path("dev").asBoolean(false) || entry.path("devOptional").asBoolean(false);
        out.add(new LockedPackage(name, version, dev, entry.path("integrity").asText(""),
                PackageJsonParser.licenses(entry), key));
    }

    /** Lockfile v1: {@code dependencies} nest as node_modules folders nest. Depth is bounded by the JSON limits. */
    private static void fromDependencies(JsonNode dependencies, String prefix, List<LockedPackage> out) {
        for (Map.Entry<String, JsonNode> e : dependencies.properties()) {
            JsonNode entry = e.getValue();
            if (!entry.isObject()) {
                continue;
            }
            String path = prefix + NODE_MODULES + e.getKey();
            String name = e.getKey();
            String version = entry.path("version").asText("");
            if (version.startsWith("npm:")) {
                String aliased = version.substring(4);
                int sep = aliased.lastIndexOf('@');
                if (sep > 0) {
                    name = aliased.substring(0, sep);
                    version = aliased.substring(sep + 1);
                }
            }
            if (!version.isBlank() && !version.startsWith("file:") && !version.startsWith("link:")) {
                out.add(new LockedPackage(name, version, entry.path("dev").asBoolean(false),
                        entry.path("integrity").asText(""), List.of(), path));
            }
            if (entry.path("dependencies").isObject()) {
                fromDependencies(entry.path("dependencies"), path + "/", out);
            }
        }
    }
}

package dev.rampart.catalog.npm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code pnpm-lock.yaml} (https://github.com/pnpm/spec/tree/master/lockfile), whose {@code packages}
 * keys changed form with the lockfile version:
 *
 * <pre>{@code
 * 5.x   /@babel/core/7.20.0     /react-dom/18.2.0_react@18.2.0      (peers after '_')
 * 6.x   /@babel/core@7.20.0     /react-dom@18.2.0(react@18.2.0)     (peers in parentheses)
 * 9.x   '@babel/core@7.20.0'    react-dom@18.2.0                    (peers only in snapshots)
 * }</pre>
 *
 * An entry's own {@code name} and {@code version} fields (written for tarball and git
 * dependencies) win over its key. {@code file:} and {@code link:} versions are local folders and are
 * left out. The same package resolved under different peers is one package. {@code resolution.integrity}
 * is recorded. Development dependencies: 5.x and 6.x mark them {@code dev: true}; 9.x does not, so
 * they are found from the graph: a package is dev when it is reachable from some importer's
 * {@code devDependencies} through {@code snapshots} but from no importer's {@code dependencies} or
 * {@code optionalDependencies}.
 */
final class PnpmLockParser {
    private PnpmLockParser() {}

    static List<LockedPackage> parse(String text, NpmLimits limits, List<SkippedEntry> skipped) throws NpmFormatException {
        Object root = YamlTree.parse(text, limits);
        if (!(root instanceof Map<?, ?>)) {
            throw new NpmFormatException(1, "pnpm-lock.yaml is not a YAML mapping");
        }
        Map<String, Object> lock = YamlTree.map(root);
        int major = majorVersion(YamlTree.text(lock.get("lockfileVersion")));
        Set<String> devOnly = major >= 9 ? devOnlyFromGraph(lock) : Set.of();
        Map<String, LockedPackage> byId = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : YamlTree.map(lock.get("packages")).entrySet()) {
            Map<String, Object> entry = YamlTree.map(e.getValue());
            String[] nameVersion = nameAndVersion(e.getKey(), major, entry);
            if (nameVersion == null) {
                skipped.add(new SkippedEntry(0, "pnpm-lock.yaml entry " + e.getKey() + " names no package and version; skipped"));
                continue;
            }
            String version = nameVersion[1];
            if (version.startsWith("file:") || version.startsWith("link:")) {
                continue;
            }
            String id = nameVersion[0] + "@" + version;
            boolean dev = major >= 9 ? devOnly.contains(id) : YamlTree.text(entry.get("dev")).equals("true");
            String integrity = YamlTree.text(YamlTree.map(entry.get("resolution")).get("integrity"));
            LockedPackage seen = byId.get(id);
            byId.put(id, new LockedPackage(nameVersion[0], version, dev && (seen == null || seen.dev()),
                    seen != null && !seen.integrity().isEmpty() ? seen.integrity() : integrity, List.of(), ""));
        }
        return List.copyOf(byId.values());
    }

    /** {@code 5.4} → 5, {@code '6.0'} → 6, {@code '9.0'} → 9; 0 when absent or unreadable. */
    static int majorVersion(String lockfileVersion) {
        int dot = lockfileVersion.indexOf('.');
        String major = dot < 0 ? lockfileVersion : lockfileVersion.substring(0, dot);
        try {
            return Integer.parseInt(major.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Name and version of a {@code packages} key, the entry's own fields winning; null when neither says. */
    static String @Nullable [] nameAndVersion(String key, int major, Map<String, Object> entry) {
        String name = YamlTree.text(entry.get("name"));
        String version = YamlTree.text(entry.get("version"));
        String[] fromKey = major > 0 && major < 6 ? fromSlashKey(key) : fromAtKey(key);
        if (name.isEmpty() && fromKey != null) {
            name = fromKey[0];
        }
        if (version.isEmpty() && fromKey != null) {
            version = fromKey[1];
        }
        return name.isEmpty() || version.isEmpty() ? null : new String[] {name, version};
    }

    /** 5.x: {@code /@scope/name/1.0.0_peer@2.0.0}; keys not starting with '/' (tarballs, git) name no registry package. */
    private static String @Nullable [] fromSlashKey(String key) {
        if (!key.startsWith("/")) {
            return null;
        }
        String[] parts = key.substring(1).split("/");
        int nameParts = parts[0].startsWith("@") ? 2 : 1;
        if (parts.length != nameParts + 1) {
            return null;
        }
        String version = parts[nameParts];
        int peers = version.indexOf('_');
        return new String[] {
                nameParts == 2 ? parts[0] + "/" + parts[1] : parts[0],
                peers > 0 ? version.substring(0, peers) : version};
    }

    /** 6.x and 9.x: {@code [/]@scope/name@1.0.0(peer@2.0.0)}. */
    private static String @Nullable [] fromAtKey(String key) {
        String k = key.startsWith("/") ? key.substring(1) : key;
        int paren = k.indexOf('(');
        if (paren > 0) {
            k = k.substring(0, paren);
        }
        int at = k.indexOf('@', 1);
        return at < 0 || at == k.length() - 1 ? null : new String[] {k.substring(0, at), k.substring(at + 1)};
    }

    /**
     * 9.x: the {@code name@version} ids reachable only from development roots. Importers list roots
     * as {@code name: {specifier, version}}; snapshots are keyed {@code name@version(peers)} and list
     * their dependencies as {@code name: version(peers)}, an alias's version being {@code real@version}.
     */
    private static Set<String> devOnlyFromGraph(Map<String, Object> lock) {
        Map<String, Object> snapshots = YamlTree.map(lock.get("snapshots"));
        List<String> prodRoots = new ArrayList<>();
        List<String> devRoots = new ArrayList<>();
        for (Object importer : YamlTree.map(lock.get("importers")).values()) {
            Map<String, Object> imp = YamlTree.map(importer);
            for (String group : List.of("dependencies", "optionalDependencies", "devDependencies")) {
                List<String> roots = group.equals("devDependencies") ? devRoots : prodRoots;
                YamlTree.map(imp.get(group)).forEach((name, dep) ->
                        roots.add(snapshotKey(name, YamlTree.text(YamlTree.map(dep).get("version")))));
            }
        }
        Set<String> prod = reachable(prodRoots, snapshots);
        Set<String> devOnly = new HashSet<>();
        for (String key : reachable(devRoots, snapshots)) {
            if (!prod.contains(key)) {
                devOnly.add(withoutPeers(key));
            }
        }
        for (String key : prod) {
            devOnly.remove(withoutPeers(key));
        }
        return devOnly;
    }

    private static Set<String> reachable(List<String> roots, Map<String, Object> snapshots) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String key = todo.pop();
            if (!seen.add(key)) {
                continue;
            }
            Map<String, Object> snapshot = YamlTree.map(snapshots.get(key));
            for (String group : List.of("dependencies", "optionalDependencies")) {
                YamlTree.map(snapshot.get(group)).forEach((name, version) ->
                        todo.push(snapshotKey(name, YamlTree.text(version))));
            }
        }
        return seen;
    }

    /** {@code react, 18.2.0} → {@code react@18.2.0}; an alias {@code sw, string-width@4.2.3} → {@code string-width@4.2.3}. */
    private static String snapshotKey(String name, String version) {
        int paren = version.indexOf('(');
        String plain = paren < 0 ? version : version.substring(0, paren);
        return plain.indexOf('@', 1) > 0 ? version : name + "@" + version;
    }

    private static String withoutPeers(String key) {
        int paren = key.indexOf('(');
        return paren < 0 ? key : key.substring(0, paren);
    }
}

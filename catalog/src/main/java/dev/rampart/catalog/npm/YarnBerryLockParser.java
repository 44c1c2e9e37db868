package dev.rampart.catalog.npm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Yarn Berry's (v2 and later) {@code yarn.lock}: YAML, one mapping per resolved package under the
 * specifiers that resolve to it (https://yarnpkg.com/advanced/lexicon#lockfile), after a
 * {@code __metadata} mapping:
 *
 * <pre>{@code
 * "string-width-cjs@npm:string-width@^4.2.0, string-width@npm:^4.1.0":
 *   version: 4.2.3
 *   resolution: "string-width@npm:4.2.3"
 *   checksum: 10c0/e52c10dc3f...
 *   languageName: node
 *   linkType: hard
 * }</pre>
 *
 * The {@code resolution} names the package actually installed (so aliases resolve to their real
 * name). Resolutions through {@code workspace:}, {@code link:}, {@code portal:} and {@code file:} are
 * the project's own folders, and {@code patch:} resolutions are a locally patched copy of a package
 * that has its own {@code npm:} entry: all are left out. The {@code checksum} is Berry's own digest
 * of its cache archive and is recorded as the integrity. Berry does not record development dependencies.
 */
final class YarnBerryLockParser {
    private static final List<String> LOCAL = List.of("workspace:", "link:", "portal:", "file:", "patch:");

    private YarnBerryLockParser() {}

    static List<LockedPackage> parse(String text, NpmLimits limits, List<SkippedEntry> skipped) throws NpmFormatException {
        @Nullable Object root = YamlTree.parse(text, limits);
        if (!(root instanceof Map<?, ?>)) {
            throw new NpmFormatException(1, "yarn.lock (berry) is not a YAML mapping");
        }
        List<LockedPackage> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : YamlTree.map(root).entrySet()) {
            if (e.getKey().equals("__metadata")) {
                continue;
            }
            Map<String, Object> entry = YamlTree.map(e.getValue());
            String resolution = YamlTree.text(entry.get("resolution"));
            String descriptor = resolution.isEmpty() ? firstSpecifier(e.getKey()) : resolution;
            String protocolAndRange = rangeOf(descriptor);
            if (LOCAL.stream().anyMatch(protocolAndRange::startsWith)) {
                continue;
            }
            String name = nameOf(descriptor);
            String version = YamlTree.text(entry.get("version"));
            if (name.isEmpty() || version.isEmpty()) {
                skipped.add(new SkippedEntry(0, "yarn.lock entry " + e.getKey() + " has no name or version; skipped"));
                continue;
            }
            out.add(new LockedPackage(name, version, false, YamlTree.text(entry.get("checksum")), List.of(), ""));
        }
        return out;
    }

    private static String firstSpecifier(String key) {
        int comma = key.indexOf(',');
        return (comma < 0 ? key : key.substring(0, comma)).strip();
    }

    /** {@code @types/node@npm:20.1.0} → {@code @types/node}. */
    private static String nameOf(String descriptor) {
        int at = descriptor.indexOf('@', 1);
        return at < 0 ? descriptor : descriptor.substring(0, at);
    }

    /** {@code @types/node@npm:20.1.0} → {@code npm:20.1.0}. */
    private static String rangeOf(String descriptor) {
        int at = descriptor.indexOf('@', 1);
        return at < 0 ? "" : descriptor.substring(at + 1);
    }
}

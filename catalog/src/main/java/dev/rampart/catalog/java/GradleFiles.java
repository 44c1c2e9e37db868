package dev.rampart.catalog.java;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gradle's dependency lock file ({@code gradle.lockfile}: {@code group:artifact:version=conf1,conf2},
 * https://docs.gradle.org/current/userguide/dependency_locking.html) and version catalog
 * ({@code gradle/libs.versions.toml}, https://docs.gradle.org/current/userguide/platforms.html).
 */
final class GradleFiles {
    private GradleFiles() {}

    /** One locked or cataloged module. */
    record Module(String groupId, String artifactId, String version, boolean testOnly, int line) {}

    static List<Module> lockfile(String text) {
        List<Module> out = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("empty=")) {
                continue;
            }
            int eq = line.indexOf('=');
            String coords = eq < 0 ? line : line.substring(0, eq);
            String[] gav = coords.split(":");
            if (gav.length != 3) {
                continue;
            }
            List<String> confs = eq < 0 ? List.of() : Arrays.asList(line.substring(eq + 1).split(","));
            boolean test = !confs.isEmpty() && confs.stream().allMatch(c -> c.strip().startsWith("test"));
            out.add(new Module(gav[0], gav[1], gav[2], test, lineNo));
        }
        return out;
    }

    private static final Pattern MODULE_STRING = Pattern.compile("^([^:]+):([^:]+):([^:]+)$");

    /**
     * The libraries of a version catalog, as parsed TOML: {@code [versions]} and {@code [libraries]}
     * with the string form {@code "g:a:v"}, {@code module = "g:a"} or {@code group}/{@code name}, and
     * {@code version = "1.0"}, {@code version.ref = "alias"} or {@code version = { ref = "alias" }}.
     * A library without a resolvable version (a BOM-managed one) is left out.
     */
    static List<Module> versionCatalog(Map<String, Object> toml) {
        Map<?, ?> versions = toml.get("versions") instanceof Map<?, ?> v ? v : Map.of();
        Map<?, ?> libraries = toml.get("libraries") instanceof Map<?, ?> l ? l : Map.of();
        List<Module> out = new ArrayList<>();
        for (Object lib : libraries.values()) {
            if (lib instanceof String s) {
                Matcher m = MODULE_STRING.matcher(s.strip());
                if (m.matches()) {
                    out.add(new Module(m.group(1), m.group(2), m.group(3), false, 0));
                }
            } else if (lib instanceof Map<?, ?> m) {
                String group;
                String name;
                if (m.get("module") instanceof String module && module.contains(":")) {
                    group = module.substring(0, module.indexOf(':'));
                    name = module.substring(module.indexOf(':') + 1);
                } else if (m.get("group") instanceof String g && m.get("name") instanceof String n) {
                    group = g;
                    name = n;
                } else {
                    continue;
                }
                String version = version(m.get("version"), versions);
                if (!version.isEmpty()) {
                    out.add(new Module(group, name, version, false, 0));
                }
            }
        }
        return out;
    }

    private static String version(Object v, Map<?, ?> versions) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Map<?, ?> m) {
            if (m.get("ref") instanceof String ref && versions.get(ref) instanceof String resolved) {
                return resolved;
            }
            if (m.get("strictly") instanceof String s) {
                return s;
            }
            if (m.get("require") instanceof String s) {
                return s;
            }
        }
        return "";
    }
}

package dev.rampart.catalog.java;

import dev.rampart.image.FileTree;
import dev.rampart.image.PathNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a pom's dependencies as far as the source tree allows: properties (its own, its
 * parents', {@code project.*}), versions from {@code dependencyManagement} of the pom and its
 * parents. Parents are followed through {@code relativePath} inside the tree only (nothing is
 * downloaded), at most eight levels. A dependency whose version stays unresolved is returned with
 * the unresolved text so the caller can report it.
 */
final class PomResolver {
    private static final int MAX_PARENTS = 8;

    private PomResolver() {}

    /** A dependency with coordinates resolved (version may still hold {@code ${...}} or be empty). */
    record Resolved(String groupId, String artifactId, String version, String scope) {
        boolean versionKnown() {
            return !version.isEmpty() && !version.contains("${");
        }
    }

    static List<Resolved> resolve(FileTree tree, String path, PomReader.Pom pom) {
        List<PomReader.Pom> chain = new ArrayList<>();
        chain.add(pom);
        String current = path;
        PomReader.Pom p = pom;
        for (int i = 0; i < MAX_PARENTS && p.parent() != null; i++) {
            String parentPath = PathNames.normalise(PathNames.parent(current) + "/" + p.parent().relativePath());
            if (!parentPath.endsWith(".xml")) {
                parentPath = parentPath + "/pom.xml";
            }
            Optional<PomReader.Pom> parent = readPom(tree, parentPath);
            if (parent.isEmpty() || !parent.get().artifactId().equals(p.parent().artifactId())) {
                break;
            }
            chain.add(parent.get());
            current = parentPath;
            p = parent.get();
        }
        Map<String, String> props = new HashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            props.putAll(chain.get(i).properties());
        }
        String groupId = pom.groupId().isEmpty() && pom.parent() != null ? pom.parent().groupId() : pom.groupId();
        String version = pom.version().isEmpty() && pom.parent() != null ? pom.parent().version() : pom.version();
        props.put("project.groupId", groupId);
        props.put("pom.groupId", groupId);
        props.put("project.artifactId", pom.artifactId());
        props.put("project.version", version);
        props.put("pom.version", version);
        if (pom.parent() != null) {
            props.put("project.parent.version", pom.parent().version());
            props.put("project.parent.groupId", pom.parent().groupId());
        }
        Map<String, String> managed = new HashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (PomReader.Dependency d : chain.get(i).managed()) {
                managed.put(PomReader.interpolate(d.groupId(), props) + ":" + PomReader.interpolate(d.artifactId(), props),
                        d.version());
            }
        }
        List<Resolved> out = new ArrayList<>();
        for (PomReader.Dependency d : pom.dependencies()) {
            String g = PomReader.interpolate(d.groupId(), props);
            String a = PomReader.interpolate(d.artifactId(), props);
            String v = d.version().isEmpty() ? managed.getOrDefault(g + ":" + a, "") : d.version();
            out.add(new Resolved(g, a, PomReader.interpolate(v, props), d.scope()));
        }
        return out;
    }

    private static Optional<PomReader.Pom> readPom(FileTree tree, String path) {
        return tree.read(path).flatMap(bytes -> {
            try {
                return Optional.of(PomReader.read(bytes));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }
}

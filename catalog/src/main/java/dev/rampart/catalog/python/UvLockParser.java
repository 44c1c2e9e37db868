package dev.rampart.catalog.python;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.model.Issue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code uv.lock}: TOML with one {@code [[package]]} table per locked distribution
 * ({@code name}, {@code version}, {@code source}, {@code dependencies = [{ name = ... }]}).
 * The project itself and its workspace members have {@code source = { editable = "..." }} or
 * {@code { virtual = "..." }} and are not reported.
 *
 * <p>Development dependencies: those reachable from a project's {@code [package.dev-dependencies]}
 * but not from its {@code dependencies} or {@code [package.optional-dependencies]}, following every
 * package's dependencies (and, to stay on the safe side, all of its optional ones) by name.
 * Format: https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile
 */
final class UvLockParser {
    private UvLockParser() {}

    static LockedPackage.Result parse(String path, String text, LockDocuments documents) {
        JsonNode root;
        try {
            root = documents.toml(text);
        } catch (JacksonException e) {
            return LockedPackage.Result.failed(LockDocuments.unreadable(path, "TOML", e));
        }
        JsonNode packages = root.path("package");
        Map<String, List<JsonNode>> byName = new HashMap<>();
        List<JsonNode> projects = new ArrayList<>();
        for (JsonNode p : packages) {
            byName.computeIfAbsent(PythonNames.normalise(LockDocuments.text(p, "name")), k -> new ArrayList<>()).add(p);
            if (isProject(p)) {
                projects.add(p);
            }
        }
        Set<String> runtime = reach(seeds(projects, false), byName);
        Set<String> dev = reach(seeds(projects, true), byName);
        List<LockedPackage> out = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            JsonNode p = packages.get(i);
            if (isProject(p)) {
                continue;
            }
            String name = LockDocuments.text(p, "name");
            String version = LockDocuments.text(p, "version");
            if (name.isBlank() || version.isBlank()) {
                issues.add(new Issue(path, "[[package]] #" + (i + 1) + " has no " + (name.isBlank() ? "name" : "version")
                        + "; skipped"));
                continue;
            }
            String key = PythonNames.normalise(name);
            out.add(new LockedPackage(name, version, dev.contains(key) && !runtime.contains(key), 0));
        }
        return new LockedPackage.Result(out, issues);
    }

    private static boolean isProject(JsonNode p) {
        JsonNode source = p.path("source");
        return source.has("editable") || source.has("virtual");
    }

    /** The names a project's runtime ({@code dev == false}) or development dependencies start from. */
    private static List<String> seeds(List<JsonNode> projects, boolean dev) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : projects) {
            if (dev) {
                p.path("dev-dependencies").forEach(group -> names(group, out));
            } else {
                names(p.path("dependencies"), out);
                p.path("optional-dependencies").forEach(group -> names(group, out));
            }
        }
        return out;
    }

    private static Set<String> reach(List<String> seeds, Map<String, List<JsonNode>> byName) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!seen.add(name)) {
                continue;
            }
            for (JsonNode p : byName.getOrDefault(name, List.of())) {
                List<String> next = new ArrayList<>();
                names(p.path("dependencies"), next);
                p.path("optional-dependencies").forEach(group -> names(group, next));
                queue.addAll(next);
            }
        }
        return seen;
    }

    private static void names(JsonNode dependencies, List<String> out) {
        for (JsonNode d : dependencies) {
            String name = LockDocuments.text(d, "name");
            if (!name.isBlank()) {
                out.add(PythonNames.normalise(name));
            }
        }
    }
}

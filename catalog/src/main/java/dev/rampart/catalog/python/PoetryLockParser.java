package dev.rampart.catalog.python;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.model.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code poetry.lock}: TOML with one {@code [[package]]} table per locked distribution
 * ({@code name}, {@code version}). Development dependencies are marked by
 * {@code category = "dev"} (Poetry before 1.2) or, in newer lock files, by a {@code groups} list
 * that does not contain {@code main}.
 * Format: https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock
 */
final class PoetryLockParser {
    private PoetryLockParser() {}

    static LockedPackage.Result parse(String path, String text, LockDocuments documents) {
        JsonNode root;
        try {
            root = documents.toml(text);
        } catch (JacksonException e) {
            return LockedPackage.Result.failed(LockDocuments.unreadable(path, "TOML", e));
        }
        List<LockedPackage> out = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        JsonNode packages = root.path("package");
        for (int i = 0; i < packages.size(); i++) {
            JsonNode p = packages.get(i);
            String name = LockDocuments.text(p, "name");
            String version = LockDocuments.text(p, "version");
            if (name.isBlank() || version.isBlank()) {
                issues.add(new Issue(path, "[[package]] #" + (i + 1) + " has no " + (name.isBlank() ? "name" : "version")
                        + "; skipped"));
                continue;
            }
            out.add(new LockedPackage(name, version, isDev(p), 0));
        }
        return new LockedPackage.Result(out, issues);
    }

    private static boolean isDev(JsonNode p) {
        if (LockDocuments.text(p, "category").equals("dev")) {
            return true;
        }
        JsonNode groups = p.get("groups");
        if (groups == null || !groups.isArray() || groups.isEmpty()) {
            return false;
        }
        for (JsonNode g : groups) {
            if (g.asText().equals("main")) {
                return false;
            }
        }
        return true;
    }
}

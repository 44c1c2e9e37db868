package dev.rampart.catalog.python;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Pipfile.lock}: JSON whose {@code default} and {@code develop} objects map each name to
 * {@code {"version": "==2.28.1", "hashes": [...]}}. A package only in {@code develop} is a
 * development dependency; one in both is not. Entries without a version (a path or VCS checkout,
 * the project itself) pin nothing and are left out.
 * Format: https://pipenv.pypa.io/en/latest/pipfile.html#pipfile-lock
 */
final class PipfileLockParser {
    private PipfileLockParser() {}

    static LockedPackage.Result parse(String path, String text, LockDocuments documents) {
        JsonNode root;
        try {
            root = documents.json(text);
        } catch (JacksonException e) {
            return LockedPackage.Result.failed(LockDocuments.unreadable(path, "JSON", e));
        }
        Map<String, LockedPackage> byName = new LinkedHashMap<>();
        read(root.path("default"), false, byName);
        read(root.path("develop"), true, byName);
        return new LockedPackage.Result(new ArrayList<>(byName.values()), List.of());
    }

    private static void read(JsonNode section, boolean dev, Map<String, LockedPackage> byName) {
        if (!section.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : section.properties()) {
            String version = LockDocuments.text(e.getValue(), "version");
            if (!version.startsWith("==")) {
                continue;
            }
            String key = PythonNames.normalise(e.getKey());
            version = version.substring(version.startsWith("===") ? 3 : 2).strip();
            if (!version.isEmpty()) {
                byName.putIfAbsent(key, new LockedPackage(e.getKey(), version, dev, 0));
            }
        }
    }
}

package dev.rampart.catalog.php;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.catalog.JsonDocumentLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What {@code composer.lock} and {@code installed.json} share: bounded JSON reading and the package
 * object, whose schema is the one of {@code composer.json}
 * (https://getcomposer.org/doc/04-schema.md): {@code name}, {@code version}, {@code license} (an
 * array of SPDX identifiers, or one string in old packages) and {@code dist.shasum}.
 */
final class ComposerJson {
    private ComposerJson() {}

    static JsonNode read(byte[] content, JsonDocumentLimits limits) throws PhpFormatException {
        try {
            return limits.read(content);
        } catch (JsonDocumentLimits.JsonDocumentException e) {
            throw new PhpFormatException(e.line(), e.getMessage(), e);
        }
    }

    /**
     * The packages of a JSON array of package objects; an element without a name or a version is
     * reported to {@code skipped} by its position ({@code "#3"}) and left out.
     */
    static List<ComposerPackage> packages(JsonNode array, boolean dev, Consumer<String> skipped) {
        List<ComposerPackage> out = new ArrayList<>();
        int index = 0;
        for (JsonNode p : array) {
            index++;
            String name = p.path("name").asText("").strip();
            String version = p.path("version").asText("").strip();
            if (!p.path("name").isTextual() || !p.path("version").isTextual() || name.isEmpty() || version.isEmpty()) {
                skipped.accept("package #" + index + (name.isEmpty() ? "" : " (" + name + ")") + " has no name or version; skipped");
                continue;
            }
            out.add(new ComposerPackage(name, version, dev, licenses(p.path("license")),
                    p.path("dist").path("shasum").asText("").strip()));
        }
        return out;
    }

    private static List<String> licenses(JsonNode license) {
        List<String> out = new ArrayList<>();
        if (license.isTextual() && !license.asText().isBlank()) {
            out.add(license.asText().strip());
        }
        for (JsonNode l : license) {
            if (l.isTextual() && !l.asText().isBlank()) {
                out.add(l.asText().strip());
            }
        }
        return out;
    }

}

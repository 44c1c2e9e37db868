package dev.rampart.catalog.npm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An installed package's {@code package.json} (https://docs.npmjs.com/cli/configuring-npm/package-json):
 * its {@code name}, {@code version} and licence. The licence is the SPDX expression of
 * {@code "license": "MIT"}, or one of the legacy forms older packages still carry:
 * {@code "license": {"type": "MIT", "url": ...}} and {@code "licenses": [{"type": "MIT"}, "Apache-2.0"]}.
 */
final class PackageJsonParser {
    private PackageJsonParser() {}

    /** What identifies an installed package. */
    record Manifest(String name, String version, List<String> licenses) {}

    /**
     * The manifest, or empty when the file is a {@code package.json} that is not a package (no name
     * or no version: a folder marking its files as ES modules, a workspace root).
     */
    static Optional<Manifest> parse(byte[] content, NpmLimits limits) throws NpmFormatException {
        JsonNode root = readJson(content, limits);
        if (!root.isObject()) {
            throw new NpmFormatException(1, "package.json is not a JSON object");
        }
        String name = root.path("name").asText("").strip();
        String version = root.path("version").asText("").strip();
        if (!root.path("name").isTextual() || !root.path("version").isTextual() || name.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(name, version, licenses(root)));
    }

    /** The licences of a manifest or lockfile entry in any of the forms npm has used. */
    static List<String> licenses(JsonNode entry) {
        List<String> out = new ArrayList<>();
        addLicense(entry.path("license"), out);
        JsonNode legacy = entry.path("licenses");
        if (legacy.isArray()) {
            legacy.forEach(l -> addLicense(l, out));
        } else {
            addLicense(legacy, out);
        }
        return out.stream().distinct().toList();
    }

    private static void addLicense(JsonNode node, List<String> out) {
        String value = node.isTextual() ? node.asText() : node.isObject() ? node.path("type").asText("") : "";
        if (!value.isBlank()) {
            out.add(value.strip());
        }
    }

    /** Reads JSON within the limits; a syntax error or a limit becomes a format error with its line. */
    static JsonNode readJson(byte[] content, NpmLimits limits) throws NpmFormatException {
        try {
            JsonNode root = limits.json().readTree(content);
            if (root == null || root.isMissingNode()) {
                throw new NpmFormatException(1, "empty file where JSON was expected");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new NpmFormatException(lineOf(e), "JSON beyond NpmLimits (maxNestingDepth " + limits.maxNestingDepth()
                    + ", maxDocumentChars " + limits.maxDocumentChars() + "): " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new NpmFormatException(lineOf(e), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new NpmFormatException(0, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() != null ? Math.max(e.getLocation().getLineNr(), 0) : 0;
    }
}

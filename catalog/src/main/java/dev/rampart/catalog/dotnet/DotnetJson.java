package dev.rampart.catalog.dotnet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.catalog.JsonDocumentLimits;

/** Bounded JSON reading shared by the .NET parsers; a syntax error or a limit becomes a format error with its line. */
final class DotnetJson {
    private DotnetJson() {}

    static JsonNode read(byte[] content, JsonDocumentLimits limits) throws DotnetFormatException {
        try {
            return limits.read(content);
        } catch (JsonDocumentLimits.JsonDocumentException e) {
            throw new DotnetFormatException(e.line(), e.getMessage(), e);
        }
    }
}

package dev.rampart.catalog.dotnet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Bounded JSON reading shared by the .NET parsers; a syntax error or a limit becomes a format error with its line. */
final class DotnetJson {
    private DotnetJson() {}

    static JsonNode read(byte[] content, DotnetLimits limits) throws DotnetFormatException {
        if (content.length > limits.maxDocumentChars()) {
            throw new DotnetFormatException(0, "file of " + content.length + " bytes exceeds DotnetLimits.maxDocumentChars ("
                    + limits.maxDocumentChars() + ")");
        }
        try {
            JsonNode root = limits.json().readTree(content);
            if (root == null || root.isMissingNode()) {
                throw new DotnetFormatException(1, "empty file where JSON was expected");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new DotnetFormatException(lineOf(e), "JSON beyond DotnetLimits (maxNestingDepth " + limits.maxNestingDepth()
                    + ", maxDocumentChars " + limits.maxDocumentChars() + "): " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new DotnetFormatException(lineOf(e), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DotnetFormatException(0, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() != null ? Math.max(e.getLocation().getLineNr(), 0) : 0;
    }
}

package dev.rampart.sbom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Validation against the official schemas: CycloneDX 1.6 as cyclonedx-core-java ships it. Each method returns the
 * problems found, as lines, empty when the document is valid.
 */
final class Schemas {

    private Schemas() {}

    static List<String> cycloneDxJsonProblems(String json) {
        try {
            return messages(new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), Version.VERSION_16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cycloneDxXmlProblems(String xml) {
        try {
            return messages(new XmlParser().validate(xml.getBytes(StandardCharsets.UTF_8), Version.VERSION_16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(List<ParseException> problems) {
        return problems.stream().map(ParseException::getMessage).toList();
    }
}

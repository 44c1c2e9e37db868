package dev.rampart.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Validation against the official schemas: CycloneDX 1.6 as cyclonedx-core-java ships it, SPDX 2.3
 * from {@code src/test/resources/schema/} (see the README there). Each method returns the
 * problems found, as lines, empty when the document is valid.
 */
final class Schemas {
    private static final JsonMapper JSON = new JsonMapper();
    private static final JsonSchema SPDX_23 = loadSpdx();

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

    static List<String> spdxProblems(String json) {
        try {
            JsonNode document = JSON.readTree(json);
            return SPDX_23.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(List<ParseException> problems) {
        return problems.stream().map(ParseException::getMessage).toList();
    }

    private static JsonSchema loadSpdx() {
        try (InputStream in = Schemas.class.getResourceAsStream("/schema/spdx-2.3.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/schema/spdx-2.3.schema.json is missing");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

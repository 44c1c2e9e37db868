package dev.rampart.report.scan;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema from {@code src/test/resources/schema/} (see the README
 * there), with format assertions on so that {@code uri} and {@code uri-reference} are checked.
 */
final class SarifSchema {
    private static final JsonMapper JSON = new JsonMapper();
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {}

    /** What is wrong with {@code sarif}, one line each, empty when it is valid. */
    static List<String> problems(String sarif) {
        try {
            return SCHEMA.validate(JSON.readTree(sarif)).stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/schema/sarif-schema-2.1.0.json is missing");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.rampart.k8s.render;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal SARIF 2.1.0 log: one run, the rules that fired, one result per finding with a logical
 * location (the Kubernetes object or subject), since manifests give no line for a computed finding.
 *
 * <p>Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
final class Sarif {
    private Sarif() {}

    /** One finding. */
    record Result(String ruleId, String ruleText, String level, String message, String location, String locationKind) {}

    static void write(List<Result> results, Writer w) throws IOException {
        Map<String, String> rules = new LinkedHashMap<>();
        results.forEach(r -> rules.putIfAbsent(r.ruleId(), r.ruleText()));
        w.write("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n");
        w.write("  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": \"rampart\", \"rules\": [");
        int i = 0;
        for (Map.Entry<String, String> e : rules.entrySet()) {
            w.write((i++ == 0 ? "\n" : ",\n") + "      {\"id\": " + Json.string(e.getKey()) + ", \"shortDescription\": {\"text\": "
                    + Json.string(e.getValue()) + "}}");
        }
        w.write(rules.isEmpty() ? "]}},\n" : "\n    ]}},\n");
        w.write("    \"results\": [");
        i = 0;
        for (Result r : results) {
            w.write((i++ == 0 ? "\n" : ",\n") + "      {\"ruleId\": " + Json.string(r.ruleId()) + ", \"level\": " + Json.string(r.level())
                    + ", \"message\": {\"text\": " + Json.string(r.message()) + "}, \"locations\": [{\"logicalLocations\": [{\"name\": "
                    + Json.string(r.location()) + ", \"kind\": " + Json.string(r.locationKind()) + "}]}]}");
        }
        w.write(results.isEmpty() ? "]\n  }]\n}\n" : "\n    ]\n  }]\n}\n");
    }
}

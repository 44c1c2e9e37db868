package dev.rampart.vulndb.vex;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.model.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads VEX documents into suppression statements. Two formats, told apart by their content:
 * <ul>
 *   <li>OpenVEX (https://github.com/openvex/spec): {@code statements[]} with {@code vulnerability}
 *       (an object with {@code name}, or a string in v0.0.x), {@code products} (objects with
 *       {@code @id}, or strings), {@code status}, {@code justification}, {@code impact_statement};</li>
 *   <li>CycloneDX VEX (https://cyclonedx.org/capabilities/vex/): {@code vulnerabilities[]} with
 *       {@code id}, {@code analysis.state}/{@code justification}/{@code detail} and
 *       {@code affects[].ref}, a purl or a bom-ref of one of its {@code components}.</li>
 * </ul>
 * Only "not affected" suppresses: OpenVEX {@code not_affected}, CycloneDX {@code not_affected} and
 * {@code false_positive}. A {@code not_affected} statement without a justification or impact
 * statement is not valid VEX and is reported, not applied.
 */
public final class VexReader {
    private final ObjectMapper json;

    public VexReader() {
        json = JsonMapper.builder().build();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    /** Statements and problems read from one file. */
    public record Result(List<Statement> statements, List<Issue> issues) {}

    public Result read(Path file) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a VEX document: " + e.getMessage(), e);
        }
        if (root.has("statements")) {
            return openVex(root, file.toString());
        }
        if (root.has("vulnerabilities") && "CycloneDX".equals(root.path("bomFormat").asText())) {
            return cycloneDx(root, file.toString());
        }
        throw new IOException(file + ": neither OpenVEX (no statements) nor CycloneDX VEX (no bomFormat CycloneDX with vulnerabilities)");
    }

    private static Result openVex(JsonNode root, String source) {
        List<Statement> out = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        int i = 0;
        for (JsonNode s : root.path("statements")) {
            i++;
            if (!s.path("status").asText().equals("not_affected")) {
                continue;
            }
            JsonNode v = s.path("vulnerability");
            String id = v.isTextual() ? v.asText() : v.path("name").asText(v.path("@id").asText(""));
            String why = s.path("justification").asText(s.path("impact_statement").asText(""));
            if (id.isEmpty() || why.isEmpty()) {
                issues.add(new Issue(source + " statement " + i, id.isEmpty() ? "names no vulnerability; ignored"
                        : "not_affected without justification or impact_statement; ignored"));
                continue;
            }
            List<String> products = new ArrayList<>();
            for (JsonNode p : s.path("products")) {
                String purl = p.isTextual() ? p.asText() : p.path("@id").asText(p.path("identifiers").path("purl").asText(""));
                if (!purl.isEmpty()) {
                    products.add(purl);
                }
                p.path("subcomponents").forEach(sc -> {
                    String sp = sc.isTextual() ? sc.asText() : sc.path("@id").asText("");
                    if (sp.startsWith("pkg:")) {
                        products.add(sp);
                    }
                });
            }
            // an image product (pkg:oci/...) with package subcomponents: the subcomponents are the packages
            List<String> packages = products.stream().filter(p -> !p.startsWith("pkg:oci/")).toList();
            out.add(new Statement(id, packages, "not_affected: " + why, source, null));
        }
        return new Result(out, issues);
    }

    private static Result cycloneDx(JsonNode root, String source) {
        Map<String, String> refs = new HashMap<>();
        collect(root.path("components"), refs);
        List<Statement> out = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (JsonNode v : root.path("vulnerabilities")) {
            String state = v.path("analysis").path("state").asText("");
            if (!state.equals("not_affected") && !state.equals("false_positive")) {
                continue;
            }
            String id = v.path("id").asText("");
            String why = v.path("analysis").path("justification").asText(v.path("analysis").path("detail").asText(""));
            if (id.isEmpty()) {
                issues.add(new Issue(source, "a vulnerability without id; ignored"));
                continue;
            }
            List<String> products = new ArrayList<>();
            for (JsonNode a : v.path("affects")) {
                String ref = a.path("ref").asText("");
                String purl = ref.startsWith("pkg:") ? ref : refs.get(ref);
                if (purl != null) {
                    products.add(purl);
                } else {
                    issues.add(new Issue(source + " " + id, "affects '" + ref + "', which names no component with a purl; that reference is ignored"));
                }
            }
            if (!v.path("affects").isEmpty() && products.isEmpty()) {
                continue;
            }
            out.add(new Statement(id, products, state + (why.isEmpty() ? "" : ": " + why), source, null));
        }
        return new Result(out, issues);
    }

    private static void collect(JsonNode components, Map<String, String> refs) {
        for (JsonNode c : components) {
            String ref = c.path("bom-ref").asText("");
            String purl = c.path("purl").asText("");
            if (!ref.isEmpty() && !purl.isEmpty()) {
                refs.put(ref, purl);
            }
            collect(c.path("components"), refs);
        }
    }
}

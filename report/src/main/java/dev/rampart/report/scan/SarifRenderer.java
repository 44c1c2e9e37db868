package dev.rampart.report.scan;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.ScanReport;
import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.model.SecretFinding;
import dev.rampart.model.Severity;
import dev.rampart.model.Vulnerability;
import dev.rampart.model.VulnerabilityFinding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) as GitHub code scanning reads it:
 * one run whose driver is {@code rampart}.
 *
 * <ul>
 *   <li>Rules: one per distinct vulnerability (by its primary id, CVE first) and one per secret
 *       rule, with {@code properties.security-severity} the CVSS score where one is known (GitHub
 *       ranks alerts by it) and {@code helpUri} the record's first reference.</li>
 *   <li>Results: one per finding, worst first; level {@code error} for CRITICAL and HIGH,
 *       {@code warning} for MEDIUM, {@code note} for LOW and UNKNOWN. A package's result points at
 *       the file that lists it (line 1); a secret's at its line and column. Locations are the
 *       image's paths made relative (no leading slash; a nested jar's {@code !/} kept).</li>
 *   <li>Suppressed findings are results too, carrying a {@code suppressions} entry (kind
 *       {@code external}, the VEX or ignore file and its reason as justification): GitHub then
 *       shows them as dismissed rather than dropping them.</li>
 * </ul>
 */
public final class SarifRenderer implements ScanRenderer {
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String toolVersion;

    /** @param toolVersion Rampart's version, written as {@code tool.driver.version} */
    public SarifRenderer(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    @Override
    public void render(ScanReport report, OutputStream out) throws IOException {
        List<VulnerabilityFinding> vulnerabilities = report.scanners().contains(Scanner.VULN)
                ? report.vulnerabilities().stream().sorted(FindingOrder.VULNERABILITIES).toList() : List.of();
        List<SecretFinding> secrets = report.scanners().contains(Scanner.SECRET)
                ? report.secrets().stream().sorted(FindingOrder.SECRETS).toList() : List.of();
        Map<String, VulnerabilityFinding> vulnerabilityRules = new LinkedHashMap<>();
        vulnerabilities.forEach(f -> vulnerabilityRules.putIfAbsent(f.vulnerability().primaryId(), f));
        Map<String, SecretFinding> secretRules = new TreeMap<>();
        secrets.forEach(s -> secretRules.putIfAbsent(s.ruleId(), s));
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        vulnerabilityRules.keySet().forEach(id -> ruleIndex.put(id, ruleIndex.size()));
        secretRules.keySet().forEach(id -> ruleIndex.putIfAbsent(id, ruleIndex.size()));

        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "rampart");
            g.writeStringField("version", toolVersion);
            g.writeArrayFieldStart("rules");
            for (VulnerabilityFinding f : vulnerabilityRules.values()) {
                vulnerabilityRule(g, f);
            }
            for (SecretFinding s : secretRules.values()) {
                secretRule(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (VulnerabilityFinding f : vulnerabilities) {
                vulnerabilityResult(g, f, ruleIndex.get(f.vulnerability().primaryId()));
            }
            for (SecretFinding s : secrets) {
                secretResult(g, s, ruleIndex.get(s.ruleId()));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void vulnerabilityRule(JsonGenerator g, VulnerabilityFinding f) throws IOException {
        Vulnerability v = f.vulnerability();
        String summary = v.summary().strip();
        StringBuilder full = new StringBuilder(summary.isEmpty() ? "" : summary + "\n\n");
        full.append("Record ").append(v.id());
        if (!v.aliases().isEmpty()) {
            full.append(" (aliases ").append(String.join(", ", v.aliases())).append(')');
        }
        full.append("; severity ").append(v.severity().name());
        if (v.score() != null) {
            full.append(' ').append(score(v.score()));
        }
        full.append(" from ").append(v.severitySource()).append('.');
        rule(g, v.primaryId(), summary.isEmpty() ? v.primaryId() : summary, full.toString(),
                v.references().stream().filter(SarifUris::isAbsolute).findFirst().orElse(null),
                v.severity(), v.score() == null ? null : score(v.score()), "vulnerability");
    }

    private static void secretRule(JsonGenerator g, SecretFinding s) throws IOException {
        rule(g, s.ruleId(), s.title(), s.title() + " (secret rule " + s.ruleId() + ").", null, s.severity(), null, "secret");
    }

    private static void rule(JsonGenerator g, String id, String shortText, String fullText, @Nullable String helpUri,
                             Severity severity, @Nullable String securitySeverity, String kind) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        text(g, "shortDescription", shortText);
        text(g, "fullDescription", fullText);
        if (helpUri != null) {
            g.writeStringField("helpUri", helpUri);
        }
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(severity));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        if (securitySeverity != null) {
            g.writeStringField("security-severity", securitySeverity);
        }
        g.writeArrayFieldStart("tags");
        g.writeString(kind);
        g.writeString("security");
        g.writeString(severity.name());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void vulnerabilityResult(JsonGenerator g, VulnerabilityFinding f, int ruleIndex) throws IOException {
        Vulnerability v = f.vulnerability();
        String recordId = v.primaryId().equals(v.id()) ? "" : v.id() + ", ";
        String fix = switch (f.status()) {
            case FIXED -> f.fixedVersions().isEmpty() ? "fixed in a later version" : "fixed in " + String.join(", ", f.fixedVersions());
            case AFFECTED -> "no fix is available yet";
            case WILL_NOT_FIX -> "the maintainers will not fix it";
        };
        String message = "Package " + f.pkg().name() + " " + f.pkg().version() + " is affected by " + v.primaryId()
                + " (" + recordId + f.severity().name() + "); " + fix + ".";
        g.writeStartObject();
        g.writeStringField("ruleId", v.primaryId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        text(g, "message", message);
        location(g, f.pkg().location().path(), 1, 0);
        if (f.suppression() != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", f.suppression().reason() + " (" + f.suppression().source() + ")");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void secretResult(JsonGenerator g, SecretFinding s, int ruleIndex) throws IOException {
        StringBuilder message = new StringBuilder(s.title()).append(" in ").append(s.location().path());
        if (s.line() > 0) {
            message.append(", line ").append(s.line());
        }
        if (s.configField() != null) {
            message.append(", field ").append(s.configField());
        }
        message.append(": ").append(s.masked()).append('.');
        if (!s.inFinalImage()) {
            message.append(" A later layer deleted the file, but layer ")
                    .append(s.location().layer() == null ? "?" : s.location().layer().shortHex())
                    .append(" still holds it: anyone with the image can read it.");
        }
        g.writeStartObject();
        g.writeStringField("ruleId", s.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(s.severity()));
        text(g, "message", message.toString());
        location(g, s.location().path(), Math.max(1, s.line()), s.line() > 0 ? s.column() : 0);
        g.writeEndObject();
    }

    /** One physical location; {@code column} 0 leaves the column out. */
    private static void location(JsonGenerator g, String path, int line, int column) throws IOException {
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", SarifUris.relative(path));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", line);
        if (column > 0) {
            g.writeNumberField("startColumn", column);
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, UNKNOWN -> "note";
        };
    }

    /** A CVSS score as GitHub's {@code security-severity} wants it: {@code 7.5}, {@code 10.0}. */
    static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}

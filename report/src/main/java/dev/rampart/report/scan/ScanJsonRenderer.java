package dev.rampart.report.scan;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.model.Issue;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.ScanReport;
import dev.rampart.model.ScanReport.Scanner;
import dev.rampart.model.SecretFinding;
import dev.rampart.model.Severity;
import dev.rampart.model.Vulnerability;
import dev.rampart.model.VulnerabilityFinding;
import dev.rampart.report.JsonRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Rampart's scan JSON, a stable contract documented in docs/scan-json.md: fields are only ever
 * added within a {@code schemaVersion}; renaming or removing one, or changing its meaning, bumps it.
 *
 * <p>{@code vulnerabilities} and {@code secrets} are present exactly when their scanner ran (an
 * empty array means it ran and found nothing); findings keep the report's order, suppressed
 * ones included with their {@code suppression}.
 */
public final class ScanJsonRenderer implements ScanRenderer {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void render(ScanReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            JsonRenderer.artifact(g, report.inventory().artifact());
            if (report.inventory().os() != null) {
                g.writeObjectFieldStart("os");
                g.writeStringField("id", report.inventory().os().id());
                g.writeStringField("version", report.inventory().os().version());
                g.writeStringField("name", report.inventory().os().prettyName());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("scanners");
            for (Scanner s : Scanner.values()) {
                if (report.scanners().contains(s)) {
                    g.writeString(label(s));
                }
            }
            g.writeEndArray();
            if (report.database() != null) {
                g.writeStringField("database", report.database());
            }
            if (report.scanners().contains(Scanner.VULN)) {
                g.writeArrayFieldStart("vulnerabilities");
                for (VulnerabilityFinding f : report.vulnerabilities()) {
                    vulnerability(g, f);
                }
                g.writeEndArray();
            }
            if (report.scanners().contains(Scanner.SECRET)) {
                g.writeArrayFieldStart("secrets");
                for (SecretFinding s : report.secrets()) {
                    secret(g, s);
                }
                g.writeEndArray();
            }
            summary(g, report);
            g.writeArrayFieldStart("issues");
            issues(g, "inventory", report.inventory().issues());
            issues(g, "scan", report.issues());
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static String label(Scanner s) {
        return s.name().toLowerCase(Locale.ROOT);
    }


    private static void vulnerability(JsonGenerator g, VulnerabilityFinding f) throws IOException {
        Vulnerability v = f.vulnerability();
        g.writeStartObject();
        pkg(g, f.pkg());
        g.writeStringField("id", v.id());
        g.writeStringField("primaryId", v.primaryId());
        strings(g, "aliases", v.aliases());
        g.writeStringField("severity", v.severity().name());
        if (v.score() != null) {
            g.writeNumberField("score", v.score());
        }
        g.writeStringField("severitySource", v.severitySource());
        if (v.vector() != null) {
            g.writeStringField("vector", v.vector());
        }
        g.writeStringField("status", f.status().name().toLowerCase(Locale.ROOT));
        g.writeStringField("installedVersion", f.installedVersion());
        strings(g, "fixedVersions", f.fixedVersions());
        g.writeStringField("matchedVia", f.matchedVia());
        g.writeStringField("summary", v.summary());
        strings(g, "references", v.references());
        if (v.published() != null) {
            g.writeStringField("published", v.published());
        }
        g.writeStringField("modified", v.modified());
        if (f.suppression() != null) {
            g.writeObjectFieldStart("suppression");
            g.writeStringField("source", f.suppression().source());
            g.writeStringField("reason", f.suppression().reason());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void pkg(JsonGenerator g, Package p) throws IOException {
        g.writeObjectFieldStart("package");
        g.writeStringField("name", p.name());
        g.writeStringField("version", p.version());
        g.writeStringField("type", p.type().purlType());
        g.writeStringField("purl", p.purl().canonical());
        location(g, p.location());
        g.writeEndObject();
    }

    private static void secret(JsonGenerator g, SecretFinding s) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", s.ruleId());
        g.writeStringField("title", s.title());
        g.writeStringField("severity", s.severity().name());
        location(g, s.location());
        g.writeBooleanField("inFinalImage", s.inFinalImage());
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeStringField("match", s.masked());
        if (s.configField() != null) {
            g.writeStringField("configField", s.configField());
        }
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Location l) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeStringField("path", l.path());
        if (l.layer() != null) {
            g.writeStringField("layer", l.layer().toString());
        }
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, ScanReport report) throws IOException {
        g.writeObjectFieldStart("summary");
        if (report.scanners().contains(Scanner.VULN)) {
            g.writeObjectFieldStart("vulnerabilities");
            counts(g, "active", SeverityCounts.of(report.activeVulnerabilities()));
            counts(g, "suppressed", SeverityCounts.of(report.suppressedVulnerabilities()));
            g.writeEndObject();
        }
        if (report.scanners().contains(Scanner.SECRET)) {
            counts(g, "secrets", SeverityCounts.of(report.secrets()));
        }
        g.writeEndObject();
    }

    /** {@code {"total": n, "CRITICAL": a, "HIGH": b, "MEDIUM": c, "LOW": d, "UNKNOWN": e}}. */
    private static void counts(JsonGenerator g, String field, SeverityCounts counts) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("total", counts.total());
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.UNKNOWN)) {
            g.writeNumberField(s.name(), counts.of(s));
        }
        g.writeEndObject();
    }

    private static void issues(JsonGenerator g, String stage, List<Issue> issues) throws IOException {
        for (Issue i : issues) {
            g.writeStartObject();
            g.writeStringField("stage", stage);
            g.writeStringField("where", i.where());
            g.writeStringField("message", i.message());
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

package dev.rampart.vulndb.osv;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One OSV record.
 *
 * @param id e.g. {@code GHSA-288c-cq4h-88gq}, {@code GO-2024-2916}, {@code DSA-3029-1}
 * @param modified RFC 3339 time the record last changed
 * @param withdrawn RFC 3339 time it was withdrawn, or null; a withdrawn record never matches
 * @param aliases other ids of the same vulnerability ({@code CVE-2020-25649})
 * @param upstream ids of the upstream vulnerabilities a distro record is about
 * @param severity CVSS vectors and other scores from {@code severity[]}
 * @param databaseSeverity the record's own rating where it gives one ({@code database_specific.severity},
 *                         e.g. GHSA's {@code HIGH}), or null
 */
public record OsvRecord(
        String id,
        String modified,
        @Nullable String withdrawn,
        @Nullable String published,
        List<String> aliases,
        List<String> upstream,
        String summary,
        String details,
        List<OsvSeverity> severity,
        @Nullable String databaseSeverity,
        List<OsvAffected> affected,
        List<String> references) {

    public OsvRecord {
        if (id.isBlank()) {
            throw new IllegalArgumentException("OSV record without an id");
        }
        aliases = List.copyOf(aliases);
        upstream = List.copyOf(upstream);
        severity = List.copyOf(severity);
        affected = List.copyOf(affected);
        references = List.copyOf(references);
    }

    public boolean isWithdrawn() {
        return withdrawn != null && !withdrawn.isBlank();
    }
}

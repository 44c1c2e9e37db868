package dev.rampart.sbom.internal.spdx;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Who made the document and when (SPDX 2.3 clauses 6.8-6.10).
 *
 * @param created UTC, to the second: {@code 2024-05-01T12:00:00Z}
 * @param creators {@code Tool: rampart-0.1.0}
 */
@JsonPropertyOrder({"created", "creators", "licenseListVersion"})
public record SpdxCreationInfo(String created, List<String> creators, String licenseListVersion) {
    public SpdxCreationInfo {
        creators = List.copyOf(creators);
    }
}

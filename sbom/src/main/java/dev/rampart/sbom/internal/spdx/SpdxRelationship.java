package dev.rampart.sbom.internal.spdx;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code spdxElementId relationshipType relatedSpdxElement} (SPDX 2.3 clause 11). */
@JsonPropertyOrder({"spdxElementId", "relationshipType", "relatedSpdxElement"})
public record SpdxRelationship(String spdxElementId, String relationshipType, String relatedSpdxElement) {

    public static SpdxRelationship describes(String from, String to) {
        return new SpdxRelationship(from, "DESCRIBES", to);
    }

    public static SpdxRelationship contains(String from, String to) {
        return new SpdxRelationship(from, "CONTAINS", to);
    }
}

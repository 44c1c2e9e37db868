package dev.rampart.sbom.internal.spdx;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An SPDX 2.3 document as its JSON form spells it (SPDX 2.3 clause 6). Empty lists are left out. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"spdxVersion", "dataLicense", "SPDXID", "name", "documentNamespace", "creationInfo",
        "packages", "relationships", "hasExtractedLicensingInfos"})
public record SpdxDocument(
        String spdxVersion,
        String dataLicense,
        @JsonProperty("SPDXID") String spdxId,
        String name,
        String documentNamespace,
        SpdxCreationInfo creationInfo,
        List<SpdxPackage> packages,
        List<SpdxRelationship> relationships,
        List<SpdxExtractedLicense> hasExtractedLicensingInfos) {

    public static final String VERSION = "SPDX-2.3";
    /** The license of SPDX metadata itself, fixed by the spec (6.2). */
    public static final String DATA_LICENSE = "CC0-1.0";
    public static final String ID = "SPDXRef-DOCUMENT";

    public SpdxDocument {
        packages = List.copyOf(packages);
        relationships = List.copyOf(relationships);
        hasExtractedLicensingInfos = List.copyOf(hasExtractedLicensingInfos);
    }
}

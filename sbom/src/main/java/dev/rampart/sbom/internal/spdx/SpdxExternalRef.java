package dev.rampart.sbom.internal.spdx;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A package's external reference (SPDX 2.3 clause 7.21 and Annex F), such as its purl. */
@JsonPropertyOrder({"referenceCategory", "referenceType", "referenceLocator"})
public record SpdxExternalRef(String referenceCategory, String referenceType, String referenceLocator) {

    /** {@code PACKAGE-MANAGER purl <purl>}. */
    public static SpdxExternalRef purl(String purl) {
        return new SpdxExternalRef("PACKAGE-MANAGER", "purl", purl);
    }
}

package dev.rampart.sbom.internal.spdx;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A license that is not on the SPDX License List, defined for the document (SPDX 2.3 clause 10).
 *
 * @param licenseId {@code LicenseRef-...}, as the package expressions use it
 * @param extractedText what the package database recorded; Rampart does not extract full license texts
 * @param name the name as recorded
 */
@JsonPropertyOrder({"licenseId", "name", "extractedText", "comment"})
public record SpdxExtractedLicense(String licenseId, String name, String extractedText, String comment) {}

package dev.rampart.vulndb.osv;

/**
 * One entry of {@code severity[]}: {@code type} is {@code CVSS_V2}, {@code CVSS_V3}, {@code CVSS_V4}
 * or {@code Ubuntu}; {@code score} is the vector (or the rating for Ubuntu).
 */
public record OsvSeverity(String type, String score) {}

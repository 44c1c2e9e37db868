package dev.rampart.model;

/**
 * Why a finding is not counted: a VEX statement or an ignore-file entry.
 *
 * @param source the file that says so
 * @param reason the VEX status and justification ({@code not_affected: vulnerable_code_not_in_execute_path})
 *               or the ignore entry's comment
 */
public record Suppression(String source, String reason) {}

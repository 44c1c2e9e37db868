package dev.rampart.model;

/** Something a scan found. Each kind is a record; a switch over them needs no default. */
public sealed interface Finding permits VulnerabilityFinding, SecretFinding {
    Severity severity();
}

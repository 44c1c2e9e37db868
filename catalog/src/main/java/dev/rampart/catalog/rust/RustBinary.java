package dev.rampart.catalog.rust;

import java.util.List;

/** What {@link AuditableBinaryAnalyzer} found in one executable. */
sealed interface RustBinary {

    /** The crates cargo-auditable recorded, in its order (sorted by name). */
    record Audited(List<AuditedCrate> crates) implements RustBinary {
        public Audited {
            crates = List.copyOf(crates);
        }
    }

    /** A binary with audit data that could not be read, and why. */
    record Unreadable(String reason) implements RustBinary {}

    /**
     * One entry of the audit data's {@code packages} array.
     *
     * @param source {@code crates.io}, {@code git}, {@code local}, {@code registry} or another kind
     * @param kind {@code runtime} or {@code build} (compiled only into build scripts and proc macros)
     * @param root whether it is the crate the binary was built from
     */
    record AuditedCrate(String name, String version, String source, String kind, boolean root) {}
}

package dev.rampart.vulndb.imports;

import dev.rampart.vulndb.store.Origin;

/** What an import reports while it runs (for a progress line). */
public sealed interface ImportProgress {

    /** Reading {@code origin} begins. */
    record SourceStarted(Origin origin) implements ImportProgress {}

    /** {@code records} of {@code origin} read so far; sent every {@value OsvImporter#PROGRESS_EVERY} records. */
    record Records(Origin origin, long records) implements ImportProgress {}

    /** {@code outcome.origin()} is done. */
    record SourceFinished(ImportResult.SourceOutcome outcome) implements ImportProgress {}
}

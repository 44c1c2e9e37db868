package dev.rampart.vulndb.update;

import dev.rampart.vulndb.imports.ImportProgress;
import java.net.URI;

/** What an update reports while it runs, for a progress display. */
public sealed interface UpdateProgress {

    /**
     * A request for {@code url} is about to be sent, starting at byte {@code from} (above 0 when
     * resuming a partial download).
     */
    record Requesting(String ecosystem, URI url, int attempt, long from) implements UpdateProgress {}

    /** {@code received} of {@code total} bytes ({@code -1} when the server did not say) are on disk. */
    record Downloading(String ecosystem, long received, long total) implements UpdateProgress {}

    /** A try failed and another follows. */
    record Retrying(String ecosystem, int attempt, String reason) implements UpdateProgress {}

    /** The ecosystem finished: updated, unchanged or failed. */
    record Finished(UpdateResult.EcosystemOutcome outcome) implements UpdateProgress {}

    /** The downloaded archives are being imported. */
    record Importing(ImportProgress progress) implements UpdateProgress {}
}

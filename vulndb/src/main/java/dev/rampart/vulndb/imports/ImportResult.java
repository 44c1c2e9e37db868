package dev.rampart.vulndb.imports;

import dev.rampart.vulndb.store.Origin;
import dev.rampart.vulndb.store.Status;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did.
 *
 * @param sources one outcome per source, in the order given
 * @param read records read and parsed from all sources that were kept
 * @param added records new to the database
 * @param replaced records that replaced an older {@code modified} of the same id
 * @param keptNewer records not stored because the database holds a later {@code modified}
 * @param skippedCount bad records skipped in all
 * @param skipped the first {@link Limits#maxSkippedListed()} of them, by name
 * @param elapsed wall time, from the first read to the new file in place
 * @param note why the database was rebuilt from these sources only, or null
 * @param status the database as written
 */
public record ImportResult(
        List<SourceOutcome> sources,
        long read,
        long added,
        long replaced,
        long keptNewer,
        long skippedCount,
        List<Skipped> skipped,
        Duration elapsed,
        @Nullable String note,
        Status status) {

    public ImportResult {
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
    }

    /** Records read per second of {@link #elapsed}. */
    public double recordsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? read : read / seconds;
    }

    /** A record that was not imported: the source, the entry in it, and why. */
    public record Skipped(String source, String entry, String reason) {}

    /** What became of one source. */
    public sealed interface SourceOutcome {
        Origin origin();

        /** Read whole: {@code records} stored or kept, {@code skipped} bad ones. */
        record Read(Origin origin, long records, long skipped) implements SourceOutcome {}

        /** Not read; nothing it held is in the database, which keeps what it had from it before. */
        record Failed(Origin origin, String reason) implements SourceOutcome {}
    }
}

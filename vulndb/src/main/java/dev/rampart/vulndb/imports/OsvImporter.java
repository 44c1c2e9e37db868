package dev.rampart.vulndb.imports;

import dev.rampart.vulndb.osv.OsvFormatException;
import dev.rampart.vulndb.osv.OsvParser;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.store.Origin;
import dev.rampart.vulndb.store.Status;
import dev.rampart.vulndb.store.StoreException;
import dev.rampart.vulndb.store.StoreWriter;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads OSV sources into the database at {@code database}: {@code rampart db import a.zip dir/ b.json}.
 *
 * <pre>{@code
 * ImportResult r = new OsvImporter(Limits.DEFAULT, Clock.systemUTC())
 *         .importInto(db, List.of(OsvSource.of(Path.of("PyPI-all.zip"))), OnSourceFailure.ABORT, p -> {});
 * // r.read() records at r.recordsPerSecond()/s; r.skipped() names the bad ones
 * }</pre>
 *
 * The new database starts from the records already in {@code database} (a record is replaced only
 * by a later {@code modified}; reading a source again replaces what it gave before), and is moved
 * into place only when every source has been read. A bad record is skipped and counted; a source
 * that cannot be read ends the import ({@link OnSourceFailure#ABORT}) or is left out
 * ({@link OnSourceFailure#SKIP_SOURCE}).
 */
public final class OsvImporter {
    static final int PROGRESS_EVERY = 1_000;

    /** What to do when a source as a whole cannot be read. */
    public enum OnSourceFailure {
        /** Write nothing and throw: {@code db import}, where the user named each source. */
        ABORT,
        /** Undo that source, keep the others, report it as failed: {@code db update}. */
        SKIP_SOURCE
    }

    private final Limits limits;
    private final Clock clock;
    private final OsvParser parser = new OsvParser();

    public OsvImporter(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Imports {@code sources} into {@code database} (created if missing).
     *
     * @throws ImportException if nothing was written: a source failed under {@link OnSourceFailure#ABORT},
     *                         or the database could not be written; the previous database is unchanged
     */
    public ImportResult importInto(Path database, List<? extends OsvSource> sources, OnSourceFailure onFailure,
            Consumer<? super ImportProgress> progress) throws ImportException {
        long started = System.nanoTime();
        Tally tally = new Tally(limits.maxSkippedListed());
        List<ImportResult.SourceOutcome> outcomes = new ArrayList<>();
        try (StoreWriter writer = StoreWriter.open(database, StoreWriter.Mode.MERGE, clock)) {
            for (OsvSource source : sources) {
                ImportResult.SourceOutcome outcome = readSource(writer, source, tally, progress);
                if (outcome instanceof ImportResult.SourceOutcome.Failed failed && onFailure == OnSourceFailure.ABORT) {
                    throw new ImportException(failed.reason() + "; nothing was imported, " + database + " is unchanged");
                }
                outcomes.add(outcome);
                progress.accept(new ImportProgress.SourceFinished(outcome));
            }
            Status status = writer.commit();
            return new ImportResult(outcomes, tally.read, tally.added, tally.replaced, tally.keptNewer, tally.skippedCount,
                    tally.skipped, Duration.ofNanos(System.nanoTime() - started), writer.startNote(), status);
        } catch (StoreException e) {
            throw new ImportException(e.getMessage(), e);
        }
    }

    private ImportResult.SourceOutcome readSource(StoreWriter writer, OsvSource source, Tally tally,
            Consumer<? super ImportProgress> progress) throws StoreException {
        Origin origin = source.origin();
        progress.accept(new ImportProgress.SourceStarted(origin));
        writer.beginSource(origin);
        Tally mine = new Tally(0);
        try {
            source.read(limits, new OsvSource.Visitor() {
                @Override
                public void record(String entry, byte[] json) throws StoreException {
                    OsvRecord record;
                    try {
                        record = parser.parse(json, origin.location() + "!" + entry);
                    } catch (OsvFormatException | RuntimeException e) {
                        skipped(entry, e.getMessage());
                        return;
                    }
                    mine.count(writer.put(record));
                    if (mine.read % PROGRESS_EVERY == 0) {
                        progress.accept(new ImportProgress.Records(origin, mine.read));
                    }
                }

                @Override
                public void skipped(String entry, String reason) {
                    mine.skippedCount++;
                    tally.skip(new ImportResult.Skipped(origin.location(), entry, String.valueOf(reason)));
                }
            });
        } catch (IOException e) {
            writer.abandonSource();
            tally.forgetSkipsOf(origin.location());
            return new ImportResult.SourceOutcome.Failed(origin, describe(origin, e));
        }
        writer.endSource();
        tally.add(mine);
        return new ImportResult.SourceOutcome.Read(origin, mine.read, mine.skippedCount);
    }

    private static String describe(Origin origin, IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        String message = String.valueOf(e.getMessage());
        return message.contains(origin.location()) ? message : origin.location() + ": " + message;
    }

    /** Counts across sources, and the first skipped records by name. */
    private static final class Tally {
        private final int listed;
        private final List<ImportResult.Skipped> skipped = new ArrayList<>();
        private long read;
        private long added;
        private long replaced;
        private long keptNewer;
        private long skippedCount;

        Tally(int listed) {
            this.listed = listed;
        }

        void count(StoreWriter.Put put) {
            read++;
            switch (put) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case KEPT_NEWER -> keptNewer++;
            }
        }

        void add(Tally source) {
            read += source.read;
            added += source.added;
            replaced += source.replaced;
            keptNewer += source.keptNewer;
            skippedCount += source.skippedCount;
        }

        void skip(ImportResult.Skipped s) {
            if (skipped.size() < listed) {
                skipped.add(s);
            }
        }

        /** A failed source's skips are not reported: its failure is. */
        void forgetSkipsOf(String source) {
            skipped.removeIf(s -> s.source().equals(source));
        }
    }
}

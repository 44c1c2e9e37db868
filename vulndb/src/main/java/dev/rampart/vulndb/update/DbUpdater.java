package dev.rampart.vulndb.update;

import dev.rampart.vulndb.imports.ImportException;
import dev.rampart.vulndb.imports.ImportResult;
import dev.rampart.vulndb.imports.OsvImporter;
import dev.rampart.vulndb.imports.OsvSource;
import dev.rampart.vulndb.store.Origin;
import dev.rampart.vulndb.store.Status;
import dev.rampart.vulndb.store.StoreException;
import dev.rampart.vulndb.store.VulnStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * {@code rampart db update}: fetches each ecosystem's {@code all.zip} that changed since the last
 * update, then imports them all in one go.
 *
 * <pre>{@code
 * UpdateResult r = new DbUpdater(UpdateOptions.DEFAULT, Clock.systemUTC()).update(VulnStore.defaultPath(), p -> {});
 * // r.ecosystems(): Updated(PyPI, 2661 records), Unchanged(Go), Failed(Maven, "https://...: HTTP 503; gave up after 4 tries")
 * }</pre>
 *
 * An ecosystem whose archive has the {@code ETag}/{@code Last-Modified} stored at its last import
 * is not downloaded again. An archive that cannot be downloaded or read fails only its ecosystem:
 * the database keeps that ecosystem's records from before, and the others are updated. The
 * database file is replaced only when the import is complete, as {@link OsvImporter} does it.
 */
public final class DbUpdater {
    private final UpdateOptions options;
    private final Clock clock;
    private final HttpClient client;

    public DbUpdater(UpdateOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(options.connectTimeout())
                .build();
    }

    /**
     * Updates the database at {@code db} (created if missing).
     *
     * @throws UpdateException if the download directory or the database cannot be written; the
     *                         previous database is unchanged
     */
    public UpdateResult update(Path db, Consumer<? super UpdateProgress> progress) throws UpdateException {
        Path dir = options.downloadDir() != null ? options.downloadDir()
                : db.toAbsolutePath().resolveSibling(db.getFileName() + ".downloads");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UpdateException(dir + ": cannot create the download directory: " + e.getMessage(), e);
        }
        Map<String, Origin> previous = previousOrigins(db);
        Map<String, UpdateResult.EcosystemOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Downloaded> downloaded = new LinkedHashMap<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rampart-db-update-watchdog");
            t.setDaemon(true);
            return t;
        });
        try {
            Downloader downloader = new Downloader(client, options, progress, scheduler);
            for (String ecosystem : options.ecosystems()) {
                URI url = options.archiveUrl(ecosystem);
                try {
                    switch (downloader.fetch(ecosystem, url, dir, previous.get(ecosystem))) {
                        case Downloader.Fetch.Unchanged u -> finish(outcomes, progress,
                                new UpdateResult.EcosystemOutcome.Unchanged(ecosystem, url));
                        case Downloader.Fetch.Fetched f -> downloaded.put(ecosystem, new Downloaded(url, f));
                    }
                } catch (Downloader.Failure e) {
                    finish(outcomes, progress, new UpdateResult.EcosystemOutcome.Failed(ecosystem, url, e.getMessage()));
                }
            }
        } finally {
            scheduler.shutdownNow();
        }
        try {
            ImportResult imported = downloaded.isEmpty() ? null : importAll(db, downloaded, outcomes, progress);
            List<UpdateResult.EcosystemOutcome> ordered = new ArrayList<>();
            for (String ecosystem : options.ecosystems()) {
                ordered.add(outcomes.get(ecosystem));
            }
            return new UpdateResult(ordered, imported);
        } finally {
            for (Downloaded d : downloaded.values()) {
                deleteQuietly(d.fetched().file());
            }
        }
    }

    private ImportResult importAll(Path db, Map<String, Downloaded> downloaded,
            Map<String, UpdateResult.EcosystemOutcome> outcomes, Consumer<? super UpdateProgress> progress)
            throws UpdateException {
        List<OsvSource> sources = new ArrayList<>();
        Map<String, String> ecosystemBySource = new HashMap<>();
        for (Map.Entry<String, Downloaded> e : downloaded.entrySet()) {
            Downloader.Fetch.Fetched f = e.getValue().fetched();
            Origin origin = new Origin(e.getKey(), e.getValue().url().toString(), f.etag(), f.lastModified());
            sources.add(OsvSource.zip(f.file(), origin));
            ecosystemBySource.put(origin.name(), e.getKey());
        }
        ImportResult imported;
        try {
            imported = new OsvImporter(options.importLimits(), clock).importInto(db, sources,
                    OsvImporter.OnSourceFailure.SKIP_SOURCE, p -> progress.accept(new UpdateProgress.Importing(p)));
        } catch (ImportException e) {
            throw new UpdateException("the downloaded archives could not be imported: " + e.getMessage(), e);
        }
        for (ImportResult.SourceOutcome s : imported.sources()) {
            String ecosystem = ecosystemBySource.get(s.origin().name());
            Downloaded d = downloaded.get(ecosystem);
            finish(outcomes, progress, switch (s) {
                case ImportResult.SourceOutcome.Read read -> new UpdateResult.EcosystemOutcome.Updated(ecosystem,
                        d.url(), d.fetched().bytes(), read.records());
                case ImportResult.SourceOutcome.Failed failed -> new UpdateResult.EcosystemOutcome.Failed(ecosystem,
                        d.url(), d.url() + ": the downloaded archive is unreadable: " + failed.reason());
            });
        }
        return imported;
    }

    private static void finish(Map<String, UpdateResult.EcosystemOutcome> outcomes,
            Consumer<? super UpdateProgress> progress, UpdateResult.EcosystemOutcome outcome) {
        outcomes.put(outcome.ecosystem(), outcome);
        progress.accept(new UpdateProgress.Finished(outcome));
    }

    /**
     * Validators of the archives the current database was built from, by ecosystem; none if it is
     * missing or unreadable, so that a rebuild downloads everything.
     */
    private static Map<String, Origin> previousOrigins(Path db) {
        Map<String, Origin> out = new HashMap<>();
        if (!Files.exists(db)) {
            return out;
        }
        try (VulnStore store = VulnStore.openReadOnly(db)) {
            for (Status.Source s : store.status().sources()) {
                out.put(s.origin().name(), s.origin());
            }
        } catch (StoreException e) {
            out.clear();
        }
        return out;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover archive is overwritten by the next update
        }
    }

    private record Downloaded(URI url, Downloader.Fetch.Fetched fetched) {}
}

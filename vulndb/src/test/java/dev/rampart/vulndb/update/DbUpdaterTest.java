package dev.rampart.vulndb.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.testkit.Corpus;
import dev.rampart.testkit.ZipBuilder;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.store.Status;
import dev.rampart.vulndb.store.StoreException;
import dev.rampart.vulndb.store.VulnStore;
import dev.rampart.vulndb.update.UpdateResult.EcosystemOutcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db update} against a real HTTP server on 127.0.0.1 serving the corpus archives. */
class DbUpdaterTest {
    private static final List<String> THREE = List.of("Go", "PyPI", "crates.io");

    @TempDir
    Path dir;

    private OsvMirror mirror;
    private byte[] go;
    private byte[] pypi;
    private byte[] crates;

    @BeforeEach
    void startMirror() throws IOException {
        go = Files.readAllBytes(Corpus.resolve("osv/Go-all.zip"));
        pypi = Files.readAllBytes(Corpus.resolve("osv/PyPI-all.zip"));
        crates = Files.readAllBytes(Corpus.resolve("osv/crates.io-all.zip"));
        mirror = new OsvMirror().serve("Go", go).serve("PyPI", pypi).serve("crates.io", crates);
    }

    @AfterEach
    void stopMirror() {
        mirror.close();
    }

    private Path db() {
        return dir.resolve("vulndb.sqlite");
    }

    private UpdateOptions options(List<String> ecosystems) {
        return UpdateOptions.DEFAULT.withBaseUrl(mirror.baseUrl()).withEcosystems(ecosystems)
                .withRetries(4, Duration.ZERO);
    }

    private UpdateResult update(UpdateOptions options) throws UpdateException {
        return new DbUpdater(options, Clock.systemUTC()).update(db(), p -> {});
    }

    private URI url(String ecosystem) {
        return URI.create(mirror.baseUrl() + "/" + ecosystem + "/all.zip");
    }

    private List<String> ids(String ecosystem, String name) throws StoreException {
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            return store.lookup(ecosystem, name).stream().map(OsvRecord::id).toList();
        }
    }

    private Status status() throws StoreException {
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            return store.status();
        }
    }

    @Test
    void update_downloadsEveryEcosystemAndImportsIt() throws Exception {
        UpdateResult r = update(options(THREE));

        assertThat(r.ecosystems()).containsExactly(
                new EcosystemOutcome.Updated("Go", url("Go"), go.length, 4_291),
                new EcosystemOutcome.Updated("PyPI", url("PyPI"), pypi.length, 2_661),
                new EcosystemOutcome.Updated("crates.io", url("crates.io"), crates.length, 1_206));
        assertThat(r.complete()).isTrue();
        assertThat(status().ecosystems()).containsOnlyKeys("Go", "PyPI", "crates.io");
        assertThat(status().sources()).extracting(s -> s.origin().name(), s -> s.origin().location(),
                s -> s.origin().etag(), Status.Source::records).containsExactly(
                        tuple("Go", url("Go").toString(), OsvMirror.etag(go), 4_291L),
                        tuple("PyPI", url("PyPI").toString(), OsvMirror.etag(pypi), 2_661L),
                        tuple("crates.io", url("crates.io").toString(), OsvMirror.etag(crates), 1_206L));
        assertThat(ids("PyPI", "Jinja2")).contains("PYSEC-2021-66");
        try (Stream<Path> left = Files.list(dir.resolve("vulndb.sqlite.downloads"))) {
            assertThat(left).as("archives are deleted once imported").isEmpty();
        }
    }

    @Test
    void update_skipsEcosystemsWhoseEtagIsUnchanged_andReplacesAChangedOnesRecords() throws Exception {
        update(options(THREE));
        Status before = status();
        mirror.forget();

        UpdateResult again = update(options(THREE));

        assertThat(again.ecosystems()).containsExactly(new EcosystemOutcome.Unchanged("Go", url("Go")),
                new EcosystemOutcome.Unchanged("PyPI", url("PyPI")),
                new EcosystemOutcome.Unchanged("crates.io", url("crates.io")));
        assertThat(again.imported()).as("nothing changed, so the database is not rewritten").isNull();
        assertThat(mirror.seen()).extracting(OsvMirror.Seen::status, OsvMirror.Seen::ifNoneMatch).containsExactly(
                tuple(304, OsvMirror.etag(go)), tuple(304, OsvMirror.etag(pypi)), tuple(304, OsvMirror.etag(crates)));
        assertThat(status().builtAt()).isEqualTo(before.builtAt());

        byte[] fewer = zipOf(Corpus.resolve("osv/PyPI-all.zip"), "PYSEC-2021-66.json", "PYSEC-2020-341.json");
        mirror.serve("PyPI", fewer);
        UpdateResult changed = update(options(THREE));

        assertThat(changed.ecosystems()).containsExactly(new EcosystemOutcome.Unchanged("Go", url("Go")),
                new EcosystemOutcome.Updated("PyPI", url("PyPI"), fewer.length, 2),
                new EcosystemOutcome.Unchanged("crates.io", url("crates.io")));
        assertThat(status().ecosystems()).containsEntry("PyPI", 2L).containsEntry("Go", 4_291L);
        assertThat(ids("PyPI", "jinja2")).as("records the new archive no longer has are gone")
                .containsExactly("PYSEC-2021-66");
    }

    @Test
    void update_treatsA200WithTheImportedEtagAsUnchanged_whenTheServerIgnoresIfNoneMatch() throws Exception {
        update(options(List.of("crates.io")));
        mirror.withoutConditionals().forget();

        UpdateResult r = update(options(List.of("crates.io")));

        assertThat(r.ecosystems()).containsExactly(new EcosystemOutcome.Unchanged("crates.io", url("crates.io")));
        assertThat(mirror.seen()).extracting(OsvMirror.Seen::status).containsExactly(200);
    }

    /**
     * How many bytes reach the client before a cut connection is not fixed (the client drops what
     * it had buffered when the connection fails), so the tests read the offset the client resumed
     * at from what it reported, and check the server saw exactly that.
     */
    @Test
    void update_resumesWithRangeAfterTheServerCutsTheConnectionMidBody() throws Exception {
        mirror.cut("PyPI", 1_000_000, 1);
        List<UpdateProgress> events = new ArrayList<>();

        UpdateResult r = new DbUpdater(options(List.of("PyPI")), Clock.systemUTC()).update(db(), events::add);

        assertThat(r.ecosystems()).containsExactly(new EcosystemOutcome.Updated("PyPI", url("PyPI"), pypi.length, 2_661));
        long resumedAt = events.stream().filter(UpdateProgress.Requesting.class::isInstance)
                .map(UpdateProgress.Requesting.class::cast).filter(e -> e.attempt() == 2).findFirst().orElseThrow().from();
        assertThat(resumedAt).isBetween(1L, 1_000_000L);
        assertThat(mirror.seen("PyPI")).extracting(OsvMirror.Seen::status, OsvMirror.Seen::range, OsvMirror.Seen::ifRange)
                .containsExactly(tuple(200, "null", "null"), tuple(206, "bytes=" + resumedAt + "-", OsvMirror.etag(pypi)));
        assertThat(events).filteredOn(UpdateProgress.Retrying.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((UpdateProgress.Retrying) e).reason())
                        .startsWith("connection lost after " + resumedAt + " bytes on disk: "));
        assertThat(events).contains(new UpdateProgress.Downloading("PyPI", pypi.length, pypi.length));
        assertThat(status().ecosystems()).containsEntry("PyPI", 2_661L);
    }

    @Test
    void update_keepsAPartialDownloadWhenEveryTryIsCut_andResumesItInTheNextRun() throws Exception {
        mirror.cut("PyPI", 1_000_000, 2);
        UpdateOptions twoTries = options(THREE).withRetries(2, Duration.ZERO);

        UpdateResult first = update(twoTries);

        assertThat(first.ecosystems().get(1)).isInstanceOfSatisfying(EcosystemOutcome.Failed.class, f -> assertThat(
                f.reason()).matches(Pattern.quote(url("PyPI") + ": connection lost after ") + "\\d+"
                        + Pattern.quote(" bytes on disk: closed; gave up after 2 tries"
                                + " (the partial download is kept and resumed next time)")));
        assertThat(first.complete()).isFalse();
        assertThat(status().ecosystems()).containsOnlyKeys("Go", "crates.io");
        long kept = Files.size(dir.resolve("vulndb.sqlite.downloads/PyPI-all.zip.part"));
        assertThat(kept).isBetween(1L, 2_000_000L);
        mirror.forget();

        UpdateResult second = update(twoTries);

        assertThat(second.ecosystems()).containsExactly(new EcosystemOutcome.Unchanged("Go", url("Go")),
                new EcosystemOutcome.Updated("PyPI", url("PyPI"), pypi.length, 2_661),
                new EcosystemOutcome.Unchanged("crates.io", url("crates.io")));
        assertThat(mirror.seen("PyPI")).extracting(OsvMirror.Seen::status, OsvMirror.Seen::range)
                .containsExactly(tuple(206, "bytes=" + kept + "-"));
    }

    @Test
    void update_startsOverWhenThePartialDownloadIsOfAnArchiveThatHasSinceChanged() throws Exception {
        mirror.cut("PyPI", 1_000_000, 1);
        update(options(List.of("PyPI")).withRetries(1, Duration.ZERO));
        byte[] changed = zipOf(Corpus.resolve("osv/PyPI-all.zip"), "PYSEC-2021-66.json");
        mirror.serve("PyPI", changed).forget();

        UpdateResult r = update(options(List.of("PyPI")));

        assertThat(r.ecosystems()).containsExactly(new EcosystemOutcome.Updated("PyPI", url("PyPI"), changed.length, 1));
        assertThat(mirror.seen()).singleElement().satisfies(seen -> {
            assertThat(seen.ifRange()).as("the part's validator").isEqualTo(OsvMirror.etag(pypi));
            assertThat(seen.status()).as("If-Range did not hold: the whole new archive").isEqualTo(200);
        });
    }

    @Test
    void update_restartsFromZeroWhenTheServerDoesNotDoRanges() throws Exception {
        mirror.withoutRanges().cut("crates.io", 500_000, 1);

        UpdateResult r = update(options(List.of("crates.io")));

        assertThat(r.ecosystems()).containsExactly(
                new EcosystemOutcome.Updated("crates.io", url("crates.io"), crates.length, 1_206));
        assertThat(mirror.seen()).satisfiesExactly(
                first -> assertThat(first.status()).isEqualTo(200),
                second -> {
                    assertThat(second.range()).as("the client asked to resume").startsWith("bytes=");
                    assertThat(second.status()).as("the server sent it all again").isEqualTo(200);
                });
    }

    @Test
    void update_abandonsABodyThatStallsAndResumesIt() throws Exception {
        mirror.stall("crates.io", 400_000, 1);

        UpdateResult r = update(options(List.of("crates.io")).withIdleTimeout(Duration.ofSeconds(1)));

        assertThat(r.ecosystems()).containsExactly(
                new EcosystemOutcome.Updated("crates.io", url("crates.io"), crates.length, 1_206));
        assertThat(mirror.seen()).extracting(OsvMirror.Seen::status).startsWith(200, 206);
        assertThat(mirror.seen().get(1).range()).matches("bytes=[1-9][0-9]*-");
    }

    @Test
    void update_namesAnEcosystemTheServerDoesNotHave_andUpdatesTheOthers() throws Exception {
        UpdateResult r = update(options(List.of("crates.io", "Maven")));

        assertThat(r.ecosystems()).containsExactly(
                new EcosystemOutcome.Updated("crates.io", url("crates.io"), crates.length, 1_206),
                new EcosystemOutcome.Failed("Maven", url("Maven"),
                        url("Maven") + ": HTTP 404 Not Found (is 'Maven' an osv.dev ecosystem name?)"));
        assertThat(mirror.seen("Maven")).as("a 404 is not retried").hasSize(1);
        assertThat(status().ecosystems()).containsOnlyKeys("crates.io");
    }

    @Test
    void update_failsAtOnceWhenNothingListensAtTheBaseUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + closedPort);
        List<UpdateProgress> events = new ArrayList<>();

        UpdateResult r = new DbUpdater(options(List.of("Go", "PyPI")).withBaseUrl(base), Clock.systemUTC())
                .update(db(), events::add);

        assertThat(r.ecosystems()).allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(EcosystemOutcome.Failed.class,
                f -> assertThat(f.reason()).startsWith(f.url() + ": cannot connect: ")));
        assertThat(events).noneMatch(UpdateProgress.Retrying.class::isInstance);
        assertThat(db()).doesNotExist();
    }

    @Test
    void update_failingDownloadKeepsWhatTheDatabaseHadForThatEcosystem() throws Exception {
        update(options(THREE));
        byte[] newer = zipOf(Corpus.resolve("osv/PyPI-all.zip"), "PYSEC-2021-66.json");
        mirror.serve("PyPI", newer).cut("PyPI", 100, 10);

        UpdateResult r = update(options(THREE).withRetries(2, Duration.ZERO));

        assertThat(r.ecosystems()).extracting(EcosystemOutcome::getClass).containsExactly(
                EcosystemOutcome.Unchanged.class, EcosystemOutcome.Failed.class, EcosystemOutcome.Unchanged.class);
        assertThat(status().ecosystems()).containsEntry("PyPI", 2_661L);
        assertThat(ids("PyPI", "jinja2")).hasSize(5);
    }

    @Test
    void update_failsOnlyTheEcosystemWhoseArchiveIsCorrupt_andFetchesItAgainNextTime() throws Exception {
        mirror.serve("crates.io", Arrays.copyOf(crates, crates.length / 2));

        UpdateResult r = update(options(THREE));

        assertThat(r.ecosystems().get(2)).isInstanceOfSatisfying(EcosystemOutcome.Failed.class, f -> assertThat(
                f.reason()).startsWith(url("crates.io") + ": the downloaded archive is unreadable: ")
                .contains("crates.io-all.zip: not a zip archive"));
        assertThat(status().ecosystems()).containsOnlyKeys("Go", "PyPI");
        assertThat(status().sources()).extracting(s -> s.origin().name()).containsExactly("Go", "PyPI");

        mirror.serve("crates.io", crates).forget();
        UpdateResult fixed = update(options(THREE));

        assertThat(fixed.ecosystems().get(2)).isEqualTo(
                new EcosystemOutcome.Updated("crates.io", url("crates.io"), crates.length, 1_206));
        assertThat(mirror.seen("crates.io")).extracting(OsvMirror.Seen::ifNoneMatch).containsExactly("null");
    }

    @Test
    void update_refusesAnArchiveLargerThanTheLimit() throws Exception {
        UpdateResult r = update(options(List.of("crates.io")).withMaxArchiveBytes(1_000_000));

        assertThat(r.ecosystems()).containsExactly(new EcosystemOutcome.Failed("crates.io", url("crates.io"),
                url("crates.io") + ": archive is " + crates.length + " bytes, more than 1000000"
                        + " (UpdateOptions.maxArchiveBytes)"));
        assertThat(db()).doesNotExist();
    }

    @Test
    void update_rebuildsADatabaseOfAnotherSchemaVersion_downloadingEverything() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE vulns (id TEXT)");
            s.execute("PRAGMA user_version = 99");
        }

        UpdateResult r = update(options(List.of("crates.io")));

        assertThat(r.ecosystems()).containsExactly(
                new EcosystemOutcome.Updated("crates.io", url("crates.io"), crates.length, 1_206));
        assertThat(r.imported().note()).startsWith("the previous database had schema version 99");
        assertThat(status().schemaVersion()).isEqualTo(VulnStore.SCHEMA_VERSION);
    }

    /** A zip of some entries of a real archive. */
    private static byte[] zipOf(Path archive, String... entries) throws IOException {
        ZipBuilder out = new ZipBuilder();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (String name : entries) {
                out.file(name, zip.getInputStream(zip.getEntry(name)).readAllBytes());
            }
        }
        return out.build();
    }
}

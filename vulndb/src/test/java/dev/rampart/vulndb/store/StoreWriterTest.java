package dev.rampart.vulndb.store;

import static dev.rampart.vulndb.store.TestRecords.affected;
import static dev.rampart.vulndb.store.TestRecords.ids;
import static dev.rampart.vulndb.store.TestRecords.record;
import static dev.rampart.vulndb.store.TestRecords.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.vulndb.osv.OsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWriterTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("vulndb.sqlite");
    }

    private String summaryOf(String ecosystem, String name) throws StoreException {
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            return store.lookup(ecosystem, name).getFirst().summary();
        }
    }

    private static OsvRecord withSummary(OsvRecord r, String summary) {
        return new OsvRecord(r.id(), r.modified(), r.withdrawn(), r.published(), r.aliases(), r.upstream(), summary,
                r.details(), r.severity(), r.databaseSeverity(), r.affected(), r.references());
    }

    @Test
    void put_replacesARecordOnlyByALaterModified() throws Exception {
        write(db(), "a", withSummary(record("GHSA-1", "2024-03-01T00:00:00Z", affected("npm", "x")), "march"));

        try (StoreWriter w = StoreWriter.open(db(), StoreWriter.Mode.MERGE, Clock.systemUTC())) {
            w.beginSource(Origin.of("b", "b"));
            assertThat(w.put(withSummary(record("GHSA-1", "2024-02-01T00:00:00Z", affected("npm", "x")), "february")))
                    .isEqualTo(StoreWriter.Put.KEPT_NEWER);
            assertThat(w.put(withSummary(record("GHSA-1", "2024-03-01T00:00:00Z", affected("npm", "x")), "march again")))
                    .as("the same modified is not later").isEqualTo(StoreWriter.Put.KEPT_NEWER);
            assertThat(w.put(withSummary(record("GHSA-1", "2024-03-01T10:00:00+09:00", affected("npm", "x")), "tokyo")))
                    .as("10:00+09:00 is 01:00Z, earlier than 00:00Z the next day but later than 00:00Z")
                    .isEqualTo(StoreWriter.Put.REPLACED);
            w.endSource();
            w.commit();
        }
        assertThat(summaryOf("npm", "x")).isEqualTo("tokyo");
    }

    @Test
    void put_replacingARecordDropsItsOldAffectedEntries() throws Exception {
        write(db(), "a", record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "old-name")));
        write(db(), "a", record("GHSA-1", "2024-02-01T00:00:00Z", affected("npm", "new-name")));

        try (VulnStore store = VulnStore.openReadOnly(db())) {
            assertThat(store.lookup("npm", "old-name")).isEmpty();
            assertThat(ids(store.lookup("npm", "new-name"))).containsExactly("GHSA-1");
        }
    }

    @Test
    void mergeKeepsRecordsOfOtherSources_andReReadingASourceDropsWhatItNoLongerGives() throws Exception {
        write(db(), "go", record("GO-1", "2024-01-01T00:00:00Z", affected("Go", "a")),
                record("GO-2", "2024-01-01T00:00:00Z", affected("Go", "b")));
        write(db(), "pypi", record("PYSEC-1", "2024-01-01T00:00:00Z", affected("PyPI", "c")));
        Status status = write(db(), "go", record("GO-1", "2024-01-01T00:00:00Z", affected("Go", "a")));

        assertThat(status.records()).isEqualTo(2);
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            assertThat(ids(store.lookup("Go", "a"))).containsExactly("GO-1");
            assertThat(store.lookup("Go", "b")).isEmpty();
            assertThat(ids(store.lookup("PyPI", "c"))).containsExactly("PYSEC-1");
        }
    }

    @Test
    void aRecordTwoSourcesGiveStaysWhileEitherStillGivesIt() throws Exception {
        OsvRecord both = record("GHSA-1", "2024-01-01T00:00:00Z", affected("Maven", "g:a"), affected("NuGet", "n"));
        write(db(), "Maven", both);
        write(db(), "NuGet", both);
        write(db(), "Maven");

        try (VulnStore store = VulnStore.openReadOnly(db())) {
            assertThat(ids(store.lookup("Maven", "g:a"))).containsExactly("GHSA-1");
        }
    }

    @Test
    void abandonSource_undoesEverythingThatSourcePut() throws Exception {
        write(db(), "a", withSummary(record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "x")), "kept"));

        try (StoreWriter w = StoreWriter.open(db(), StoreWriter.Mode.MERGE, Clock.systemUTC())) {
            w.beginSource(Origin.of("a", "a"));
            w.put(withSummary(record("GHSA-1", "2025-01-01T00:00:00Z", affected("npm", "x")), "undone"));
            w.put(record("GHSA-2", "2025-01-01T00:00:00Z", affected("npm", "y")));
            w.abandonSource();
            w.beginSource(Origin.of("b", "b"));
            w.put(record("GHSA-3", "2025-01-01T00:00:00Z", affected("npm", "z")));
            w.endSource();
            Status status = w.commit();
            assertThat(status.sources()).extracting(s -> s.origin().name()).containsExactly("a", "b");
        }
        assertThat(summaryOf("npm", "x")).isEqualTo("kept");
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            assertThat(store.lookup("npm", "y")).isEmpty();
            assertThat(ids(store.lookup("npm", "z"))).containsExactly("GHSA-3");
        }
    }

    @Test
    void closeWithoutCommit_leavesTheTargetAsItWasAndNoNewFileBehind() throws Exception {
        write(db(), "a", withSummary(record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "x")), "before"));
        byte[] before = Files.readAllBytes(db());

        try (StoreWriter w = StoreWriter.open(db(), StoreWriter.Mode.FRESH, Clock.systemUTC())) {
            w.beginSource(Origin.of("a", "a"));
            w.put(withSummary(record("GHSA-1", "2025-01-01T00:00:00Z", affected("npm", "x")), "after"));
        }

        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertThat(summaryOf("npm", "x")).isEqualTo("before");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "vulndb.sqlite", "vulndb.sqlite.lock");
        }
    }

    @Test
    void aReaderOpenedBeforeACommitKeepsReadingTheOldFile() throws Exception {
        write(db(), "a", withSummary(record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "x")), "old"));

        try (VulnStore reader = VulnStore.openReadOnly(db())) {
            write(db(), "a", withSummary(record("GHSA-1", "2025-01-01T00:00:00Z", affected("npm", "x")), "new"));
            assertThat(reader.lookup("npm", "x").getFirst().summary()).isEqualTo("old");
        }
        assertThat(summaryOf("npm", "x")).isEqualTo("new");
    }

    @Test
    void commit_compactsAFileThatDroppedRecordsLeftMostlyEmpty() throws Exception {
        OsvRecord[] many = new OsvRecord[2_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = withSummary(record("GO-" + i, "2024-01-01T00:00:00Z", affected("Go", "m" + i)), "x".repeat(500));
        }
        write(db(), "go", many);
        long full = Files.size(db());

        write(db(), "go", many[0]);

        assertThat(Files.size(db())).isLessThan(full / 4);
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            assertThat(ids(store.lookup("Go", "m0"))).containsExactly("GO-0");
            assertThat(store.lookup("Go", "m1")).isEmpty();
        }
    }

    @Test
    void freshMode_startsEmpty() throws Exception {
        write(db(), "a", record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "x")));

        try (StoreWriter w = StoreWriter.open(db(), StoreWriter.Mode.FRESH, Clock.systemUTC())) {
            w.beginSource(Origin.of("b", "b"));
            w.put(record("GHSA-2", "2024-01-01T00:00:00Z", affected("npm", "y")));
            w.endSource();
            assertThat(w.commit().records()).isEqualTo(1);
        }
    }

    @Test
    void open_refusesASecondWriterWhileTheFirstHoldsTheLock() throws Exception {
        try (StoreWriter first = StoreWriter.open(db(), StoreWriter.Mode.MERGE, Clock.systemUTC())) {
            assertThat(first.startNote()).isNull();
            assertThatThrownBy(() -> StoreWriter.open(db(), StoreWriter.Mode.MERGE, Clock.systemUTC()))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(db() + ": another 'rampart db import' or 'rampart db update' is writing it (lock held on "
                            + db() + ".lock); wait for it to finish");
        }
        write(db(), "after", record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "x")));
    }

    @Test
    void open_deletesNewFilesLeftByAKilledWriter() throws Exception {
        Path leftover = Files.writeString(dir.resolve("vulndb.sqlite.12345.tmp"), "half a database");
        Path unrelated = Files.writeString(dir.resolve("other.sqlite.1.tmp"), "not ours");

        write(db(), "a", record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "x")));

        assertThat(leftover).doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void mergeRebuildsADatabaseOfAnotherSchemaVersion_andSaysSo() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE vulns (id TEXT)");
            s.execute("PRAGMA user_version = 99");
        }

        try (StoreWriter w = StoreWriter.open(db(), StoreWriter.Mode.MERGE, Clock.systemUTC())) {
            assertThat(w.startNote()).isEqualTo("the previous database had schema version 99 (this Rampart writes "
                    + VulnStore.SCHEMA_VERSION + "); it was rebuilt from these sources only");
            w.beginSource(Origin.of("a", "a"));
            w.put(record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "x")));
            w.endSource();
            w.commit();
        }
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            assertThat(ids(store.lookup("npm", "x"))).containsExactly("GHSA-1");
        }
    }

    @Test
    void put_outsideASourceIsAProgrammingError() throws Exception {
        try (StoreWriter w = StoreWriter.open(db(), StoreWriter.Mode.FRESH, Clock.systemUTC())) {
            assertThatThrownBy(() -> w.put(record("GHSA-1", "2024-01-01T00:00:00Z")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("put(GHSA-1) outside a source; call beginSource first");
        }
    }

    @Test
    void isLater_comparesRfc3339InstantsAndFallsBackToText() {
        assertThat(StoreWriter.isLater("2024-01-02T00:00:00Z", "2024-01-01T23:59:59.999Z")).isTrue();
        assertThat(StoreWriter.isLater("2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000Z")).isFalse();
        assertThat(StoreWriter.isLater("2024-01-02", "2024-01-01")).isTrue();
        assertThat(StoreWriter.isLater("", "2024-01-01T00:00:00Z")).isFalse();
    }
}

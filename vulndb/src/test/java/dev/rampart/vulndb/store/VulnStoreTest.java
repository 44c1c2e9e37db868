package dev.rampart.vulndb.store;

import static dev.rampart.vulndb.store.TestRecords.affected;
import static dev.rampart.vulndb.store.TestRecords.ids;
import static dev.rampart.vulndb.store.TestRecords.record;
import static dev.rampart.vulndb.store.TestRecords.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvRange;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.osv.OsvSeverity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VulnStoreTest {
    @TempDir
    Path dir;

    @Test
    void lookup_returnsEveryFieldAsWritten() throws Exception {
        OsvRecord full = new OsvRecord("DSA-1-1", "2024-05-06T07:08:09Z", null, "2024-01-01T00:00:00Z",
                List.of("CVE-2024-1", "CVE-2024-2"), List.of("CVE-2024-1"), "tar: \"quoted\" summary ✓",
                "line one\nline two", List.of(new OsvSeverity("CVSS_V3", "CVSS:3.1/AV:N/AC:L"),
                        new OsvSeverity("Ubuntu", "medium")), "HIGH",
                List.of(new OsvAffected("Debian:12", "tar", "pkg:deb/debian/tar?arch=source",
                                List.of(new OsvRange(OsvRange.Type.ECOSYSTEM, List.of(
                                        new OsvRange.Event(OsvRange.Event.Kind.INTRODUCED, "0"),
                                        new OsvRange.Event(OsvRange.Event.Kind.FIXED, "1.34+dfsg-1.2+deb12u1"))),
                                        new OsvRange(OsvRange.Type.GIT, List.of(
                                                new OsvRange.Event(OsvRange.Event.Kind.INTRODUCED, "abc"),
                                                new OsvRange.Event(OsvRange.Event.Kind.LAST_AFFECTED, "def"),
                                                new OsvRange.Event(OsvRange.Event.Kind.LIMIT, "fff")))),
                                List.of("1.34+dfsg-1", "1.34+dfsg-1.1"), "high", Map.of("urgency", "high", "x", "y")),
                        new OsvAffected("Debian:11", "tar", null, List.of(), List.of(), null, Map.of())),
                List.of("https://security-tracker.debian.org/tracker/DSA-1-1"));
        Path db = dir.resolve("vulndb.sqlite");
        write(db, "debian", full);

        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(store.lookup("Debian", "tar")).containsExactly(full);
        }
    }

    @Test
    void lookup_returnsNothingForUnknownPackageOrOtherEcosystem() throws Exception {
        Path db = dir.resolve("vulndb.sqlite");
        write(db, "s", record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "lodash")));

        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(store.lookup("npm", "lodash-es")).isEmpty();
            assertThat(store.lookup("Maven", "lodash")).isEmpty();
            assertThat(store.lookup("npm", "Lodash")).as("npm names are compared as written").isEmpty();
        }
    }

    @Test
    void lookup_returnsARecordOnceAndOrderedById_evenWhenItNamesThePackageInSeveralReleases() throws Exception {
        Path db = dir.resolve("vulndb.sqlite");
        write(db, "s",
                record("USN-2", "2024-01-01T00:00:00Z", affected("Ubuntu:22.04:LTS", "curl"),
                        affected("Ubuntu:20.04:LTS", "curl")),
                record("USN-1", "2024-01-01T00:00:00Z", affected("Ubuntu:Pro:14.04:LTS", "curl")));

        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(ids(store.lookup("Ubuntu", "curl"))).containsExactly("USN-1", "USN-2");
            assertThat(store.lookup("Ubuntu", "curl").get(1).affected()).hasSize(2);
        }
    }

    @Test
    void lookup_returnsWholeRecordsWhenSomeOfAPackagesRecordsWereReadBefore() throws Exception {
        OsvRecord a = record("GHSA-a", "2024-01-01T00:00:00Z", affected("npm", "x"), affected("npm", "y"));
        OsvRecord b = record("GHSA-b", "2024-01-01T00:00:00Z", affected("npm", "y"), affected("npm", "z"),
                affected("npm", "w"));
        OsvRecord c = record("GHSA-c", "2024-01-01T00:00:00Z", affected("npm", "y"));
        Path db = dir.resolve("vulndb.sqlite");
        write(db, "s", a, b, c);

        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(store.lookup("npm", "z")).containsExactly(b);
            assertThat(store.lookup("npm", "y")).containsExactly(a, b, c);
            assertThat(store.lookup("npm", "x")).containsExactly(a);
        }
    }

    @Test
    void lookup_matchesPyPINuGetAndPackagistNamesWhateverTheirCase() throws Exception {
        Path db = dir.resolve("vulndb.sqlite");
        write(db, "s",
                record("PYSEC-1", "2024-01-01T00:00:00Z", affected("PyPI", "Zope.Interface")),
                record("GHSA-n", "2024-01-01T00:00:00Z", affected("NuGet", "Newtonsoft.Json")),
                record("GHSA-p", "2024-01-01T00:00:00Z", affected("Packagist", "symfony/http-kernel")));

        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(ids(store.lookup("PyPI", "zope_interface"))).containsExactly("PYSEC-1");
            assertThat(store.lookup("PyPI", "zope-interface").getFirst().affected().getFirst().name())
                    .as("the record keeps the name as published").isEqualTo("Zope.Interface");
            assertThat(ids(store.lookup("NuGet", "NEWTONSOFT.JSON"))).containsExactly("GHSA-n");
            assertThat(ids(store.lookup("Packagist", "Symfony/HTTP-Kernel"))).containsExactly("GHSA-p");
        }
    }

    @Test
    void lookup_returnsWithdrawnRecordsForTheCallerToDrop() throws Exception {
        OsvRecord r = record("GHSA-w", "2024-01-01T00:00:00Z", affected("npm", "lodash"));
        OsvRecord withdrawn = new OsvRecord(r.id(), r.modified(), "2024-02-01T00:00:00Z", r.published(), r.aliases(),
                r.upstream(), r.summary(), r.details(), r.severity(), r.databaseSeverity(), r.affected(), r.references());
        Path db = dir.resolve("vulndb.sqlite");
        write(db, "s", withdrawn);

        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(store.lookup("npm", "lodash")).singleElement().satisfies(x -> assertThat(x.isWithdrawn()).isTrue());
        }
    }

    @Test
    void openReadOnly_readsADatabaseWhosePathHasSpacesHashesAndPercents() throws Exception {
        Path db = Files.createDirectories(dir.resolve("my cache #1 100%")).resolve("vulndb.sqlite");
        write(db, "s", record("GHSA-1", "2024-01-01T00:00:00Z", affected("npm", "lodash")));

        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(ids(store.lookup("npm", "lodash"))).containsExactly("GHSA-1");
        }
    }

    @Test
    void openReadOnly_refusesMissingFile_tellingTheUserToRunDbUpdate() {
        Path db = dir.resolve("absent.sqlite");

        assertThatThrownBy(() -> VulnStore.openReadOnly(db)).isInstanceOf(StoreException.class)
                .hasMessage("no vulnerability database at " + db
                        + ": run 'rampart db update' (or 'rampart db import <zip|dir>' offline)");
    }

    @Test
    void openReadOnly_refusesDatabaseOfAnotherSchemaVersion_tellingTheUserToRunDbUpdate() throws Exception {
        Path db = dir.resolve("old.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE vulns (id TEXT)");
            s.execute("PRAGMA user_version = 7");
        }

        assertThatThrownBy(() -> VulnStore.openReadOnly(db)).isInstanceOf(StoreException.class)
                .hasMessage(db + ": database schema version 7, this Rampart reads version " + VulnStore.SCHEMA_VERSION
                        + ": run 'rampart db update' to rebuild it");
    }

    @Test
    void openReadOnly_refusesFileThatIsNotSQLite() throws Exception {
        Path db = dir.resolve("vulndb.sqlite");
        Files.writeString(db, "this is a text file, long enough to look like something ".repeat(20));

        assertThatThrownBy(() -> VulnStore.openReadOnly(db)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(db + ": not a readable vulnerability database (")
                .hasMessageEndingWith("): run 'rampart db update' to rebuild it");
    }

    @Test
    void status_reportsSchemaCountsSourcesAndFileSize() throws Exception {
        Path db = dir.resolve("vulndb.sqlite");
        Instant before = Instant.now().minusSeconds(1);
        write(db, "go", record("GO-1", "2024-01-01T00:00:00Z", affected("Go", "a")),
                record("GO-2", "2024-01-01T00:00:00Z", affected("Go", "b"), affected("Go", "c")));
        write(db, "mixed", record("GHSA-1", "2024-01-01T00:00:00Z", affected("Maven", "g:a"), affected("NuGet", "x")));

        try (VulnStore store = VulnStore.openReadOnly(db)) {
            Status status = store.status();
            assertThat(status.schemaVersion()).isEqualTo(VulnStore.SCHEMA_VERSION);
            assertThat(status.records()).isEqualTo(3);
            assertThat(status.ecosystems()).isEqualTo(Map.of("Go", 2L, "Maven", 1L, "NuGet", 1L));
            assertThat(status.fileBytes()).isEqualTo(Files.size(db));
            assertThat(status.builtAt()).isAfter(before);
            assertThat(status.sources()).extracting(s -> s.origin().name(), Status.Source::records)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("go", 2L),
                            org.assertj.core.groups.Tuple.tuple("mixed", 1L));
            assertThat(status.sources().getFirst().origin().location()).isEqualTo("/data/go");
        }
    }

    @Test
    void defaultPath_prefersRampartDbThenXdgCacheHomeThenHomeCache() {
        assertThat(VulnStore.defaultPath(Map.of("RAMPART_DB", "/srv/db.sqlite", "XDG_CACHE_HOME", "/x"), "/home/u"))
                .isEqualTo(Path.of("/srv/db.sqlite"));
        assertThat(VulnStore.defaultPath(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u"))
                .isEqualTo(Path.of("/x/cache/rampart/vulndb.sqlite"));
        assertThat(VulnStore.defaultPath(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/rampart/vulndb.sqlite"));
    }

    @Test
    void defaultPath_ignoresRelativeXdgCacheHome_asTheXdgSpecAsks() {
        assertThat(VulnStore.defaultPath(Map.of("XDG_CACHE_HOME", "cache"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/rampart/vulndb.sqlite"));
        assertThat(VulnStore.defaultPath(Map.of("RAMPART_DB", " "), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/rampart/vulndb.sqlite"));
    }
}

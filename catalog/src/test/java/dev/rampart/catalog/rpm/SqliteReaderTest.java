package dev.rampart.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteReaderTest {
    private static final String PATH = "/usr/lib/sysimage/rpm/rpmdb.sqlite";

    @TempDir
    Path dir;

    /** A SQLite database built by running {@code sql}, then {@code rows} inserted as (hnum, blob). */
    private byte[] database(String sql, List<byte[]> rows) throws SQLException, IOException {
        Path file = Files.createTempFile(dir, "fixture-", ".sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO Packages (hnum, blob) VALUES (?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setBytes(2, rows.get(i));
                    insert.executeUpdate();
                }
            }
            c.commit();
        }
        return Files.readAllBytes(file);
    }

    private static final String RPM_SCHEMA =
            "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)";

    @Test
    void read_readsRowsInHnumOrder() throws Exception {
        byte[] db = database(RPM_SCHEMA, List.of(
                HeaderBlobBuilder.minimal("zlib").build(), HeaderBlobBuilder.minimal("bash").build()));

        assertThat(RpmDatabase.read(PATH, db)).extracting(RpmPackage::name).containsExactly("zlib", "bash");
    }

    @Test
    void read_rejectsDatabaseWithoutPackagesTable() throws Exception {
        Path file = dir.resolve("empty.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE Other (x)");
        }

        assertThatThrownBy(() -> RpmDatabase.read(PATH, Files.readAllBytes(file)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": SQLite database has no Packages table");
    }

    @Test
    void read_refusesViewNamedPackages() throws Exception {
        Path file = dir.resolve("view.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE VIEW Packages AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                    + "SELECT i AS hnum, zeroblob(16) AS blob FROM n");
        }

        assertThatThrownBy(() -> RpmDatabase.read(PATH, Files.readAllBytes(file)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": SQLite database has no Packages table (Packages is a view)");
    }

    @Test
    void read_rejectsNullBlob() throws Exception {
        byte[] db = database("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB)", List.of());
        Path file = dir.resolve("null.sqlite");
        Files.write(file, db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO Packages (hnum, blob) VALUES (4, NULL)");
        }

        assertThatThrownBy(() -> RpmDatabase.read(PATH, Files.readAllBytes(file)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": row hnum 4: blob is NULL");
    }

    @Test
    void read_namesRow_whenHeaderBlobIsCorrupt() throws Exception {
        byte[] good = HeaderBlobBuilder.minimal("bash").build();
        byte[] db = database(RPM_SCHEMA, List.of(good, Arrays.copyOf(good, 20)));

        assertThatThrownBy(() -> RpmDatabase.read(PATH, db))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageStartingWith(PATH + ": row hnum 2: header declares 4 index entries");
    }

    @Test
    void read_rejectsValueLongerThanHeaderLimit() throws Exception {
        byte[] db = database(RPM_SCHEMA, List.of(new byte[4096]));

        assertThatThrownBy(() -> RpmDatabase.read(PATH, db, RpmLimits.DEFAULT.withMaxHeaderBytes(1000)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": SQLite: [SQLITE_TOOBIG] String or BLOB exceeds size limit (string or blob too big)");
    }

    @Test
    void read_stopsQueryAfterStepLimit() throws Exception {
        byte[] header = HeaderBlobBuilder.minimal("bash").build();
        byte[] db = database(RPM_SCHEMA, java.util.Collections.nCopies(5000, header));

        assertThat(RpmDatabase.read(PATH, db)).hasSize(5000);
        assertThatThrownBy(() -> RpmDatabase.read(PATH, db, RpmLimits.DEFAULT.withMaxSqliteSteps(10_000)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": SQLite: the query took more than 10000 SQLite steps, the limit (RpmLimits.maxSqliteSteps)");
    }

    @Test
    void read_readsCorpusDatabase_inWalMode() throws Exception {
        byte[] db = Files.readAllBytes(Corpus.resolve("pkgdb/rpmdb/cbl-mariner-2.0/rpmdb.sqlite"));

        assertThat(db[18]).as("file format write version 2 = WAL").isEqualTo((byte) 2);
        assertThat(RpmDatabase.read(PATH, db)).hasSize(129);
    }

    @Test
    void read_rejectsGarbageAfterSqliteMagic() {
        byte[] db = Arrays.copyOf("SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 4096);
        Arrays.fill(db, 16, db.length, (byte) 0x5a);

        assertThatThrownBy(() -> RpmDatabase.read(PATH, db))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageStartingWith(PATH + ": SQLite: ");
    }

    @Test
    void read_leavesNoTemporaryFilesBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = rpmdbTempDirs(tmp);
        byte[] db = database(RPM_SCHEMA, List.of(HeaderBlobBuilder.minimal("bash").build()));

        RpmDatabase.read(PATH, db);
        assertThatThrownBy(() -> RpmDatabase.read(PATH, database(RPM_SCHEMA, List.of(new byte[3]))))
                .isInstanceOf(RpmFormatException.class);

        assertThat(rpmdbTempDirs(tmp)).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> rpmdbTempDirs(Path tmp) throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("rampart-rpmdb-")).toList();
        }
    }
}

package dev.rampart.vulndb.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The database layout, version {@value #VERSION} (kept in {@code PRAGMA user_version}).
 *
 * <pre>
 * meta(key, value)                  schema_version, built_at (RFC 3339)
 * source(name, location, records, etag, last_modified, imported_at)
 * record(id, modified, withdrawn, published, aliases, upstream, summary, details,
 *        severity, database_severity, refs)                       one row per OSV record
 * affected(record_id, seq, ecosystem_base, name_key, ecosystem, name, purl,
 *          ranges, versions, severity, extra)                     one row per affected[] entry
 *   index (ecosystem_base, name_key, record_id)                   what lookup reads
 * record_source(source, record_id)  which sources gave a record; a record no source gives is dropped
 * ecosystem(base, records)          counted when the file is written
 * </pre>
 *
 * List-valued columns hold the JSON described in {@link JsonColumns}. Any change to this layout
 * or to that JSON increments {@link #VERSION}: an older or newer file is refused, not migrated,
 * since {@code rampart db update} rebuilds it from the sources anyway.
 */
final class Schema {
    static final int VERSION = 1;

    static final String PACKAGE_INDEX =
            "CREATE INDEX IF NOT EXISTS affected_package ON affected (ecosystem_base, name_key, record_id)";

    static final List<String> DDL = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE source (name TEXT PRIMARY KEY, location TEXT NOT NULL, records INTEGER NOT NULL,"
                    + " etag TEXT, last_modified TEXT, imported_at TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE record (id TEXT PRIMARY KEY, modified TEXT NOT NULL, withdrawn TEXT, published TEXT,"
                    + " aliases TEXT NOT NULL, upstream TEXT NOT NULL, summary TEXT NOT NULL, details TEXT NOT NULL,"
                    + " severity TEXT NOT NULL, database_severity TEXT, refs TEXT NOT NULL)",
            "CREATE TABLE affected (record_id TEXT NOT NULL, seq INTEGER NOT NULL, ecosystem_base TEXT NOT NULL,"
                    + " name_key TEXT NOT NULL, ecosystem TEXT NOT NULL, name TEXT NOT NULL, purl TEXT,"
                    + " ranges TEXT NOT NULL, versions TEXT NOT NULL, severity TEXT, extra TEXT NOT NULL)",
            "CREATE INDEX affected_record ON affected (record_id, seq)",
            PACKAGE_INDEX,
            "CREATE TABLE record_source (source TEXT NOT NULL, record_id TEXT NOT NULL,"
                    + " PRIMARY KEY (source, record_id)) WITHOUT ROWID",
            "CREATE INDEX record_source_record ON record_source (record_id)",
            "CREATE TABLE ecosystem (base TEXT PRIMARY KEY, records INTEGER NOT NULL) WITHOUT ROWID",
            "PRAGMA user_version = " + VERSION);

    private Schema() {}

    /**
     * Opens {@code db} read-only and immutable: the writer never changes a file in place (it moves
     * a new one over it), so SQLite may skip locking and change detection.
     */
    static Connection openReadOnly(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        Connection c = config.createConnection("jdbc:sqlite:" + db.toUri() + "?immutable=1");
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Opens {@code db} for the writer: it alone uses the file, and a crash discards it. */
    static Connection openForBuild(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-65536);
        return config.createConnection("jdbc:sqlite:" + db);
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}

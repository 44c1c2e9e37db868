package dev.rampart.vulndb.store;

import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.osv.OsvSeverity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the vulnerability database.
 *
 * <pre>{@code
 * try (VulnStore store = VulnStore.openReadOnly(VulnStore.defaultPath())) {
 *     List<OsvRecord> records = store.lookup("Maven", "org.apache.logging.log4j:log4j-core");
 *     // GHSA-jfh8-c2jp-5v3q, ... : the caller keeps those whose affected entries match the
 *     // installed version (and, for distros, the release: "Debian:12")
 * }
 * }</pre>
 *
 * One instance keeps one connection and prepared statements and caches decoded records by id
 * (at most {@value #CACHED_RECORDS}); its methods may be called from several threads, one at a
 * time. A database of another schema version is refused, never read.
 */
public final class VulnStore implements AutoCloseable {
    /** The layout version this code reads and writes. */
    public static final int SCHEMA_VERSION = Schema.VERSION;

    static final int CACHED_RECORDS = 10_000;

    private final Path file;
    private final Connection connection;
    private final PreparedStatement idsForPackage;
    private final PreparedStatement recordsForPackage;
    private final Map<String, OsvRecord> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OsvRecord> eldest) {
            return size() > CACHED_RECORDS;
        }
    };

    private VulnStore(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        idsForPackage = connection.prepareStatement(
                "SELECT DISTINCT record_id FROM affected WHERE ecosystem_base = ? AND name_key = ? ORDER BY record_id");
        recordsForPackage = connection.prepareStatement("SELECT r.id, r.modified, r.withdrawn, r.published, r.aliases,"
                + " r.upstream, r.summary, r.details, r.severity, r.database_severity, r.refs, a.ecosystem, a.name, a.purl,"
                + " a.ranges, a.versions, a.severity, a.extra FROM record r JOIN affected a ON a.record_id = r.id"
                + " WHERE r.id IN (SELECT record_id FROM affected WHERE ecosystem_base = ? AND name_key = ?)"
                + " ORDER BY r.id, a.seq");
    }

    /**
     * Opens {@code db} for reading.
     *
     * @throws StoreException if the file is missing, is not SQLite, or has another schema version;
     *                        the message tells the user to run {@code rampart db update}
     */
    public static VulnStore openReadOnly(Path db) throws StoreException {
        if (!Files.isRegularFile(db)) {
            throw new StoreException("no vulnerability database at " + db
                    + ": run 'rampart db update' (or 'rampart db import <zip|dir>' offline)");
        }
        @Nullable Connection c = null;
        try {
            c = Schema.openReadOnly(db);
            int version = Schema.userVersion(c);
            if (version != Schema.VERSION) {
                throw new StoreException(db + ": database schema version " + version + ", this Rampart reads version "
                        + Schema.VERSION + ": run 'rampart db update' to rebuild it");
            }
            return new VulnStore(db, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(db + ": not a readable vulnerability database (" + e.getMessage()
                    + "): run 'rampart db update' to rebuild it", e);
        } catch (StoreException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Where the CLI keeps the database: {@code $RAMPART_DB} if set, else
     * {@code $XDG_CACHE_HOME/rampart/vulndb.sqlite} (when that is an absolute path), else
     * {@code ~/.cache/rampart/vulndb.sqlite}.
     */
    public static Path defaultPath() {
        return defaultPath(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultPath(Map<String, String> env, String userHome) {
        String explicit = env.get("RAMPART_DB");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".cache");
        return cache.resolve("rampart").resolve("vulndb.sqlite");
    }

    /**
     * All records with an affected entry for this package, ordered by id, withdrawn ones included.
     *
     * @param ecosystemBase the ecosystem without release: {@code Debian}, {@code Maven}, {@code PyPI}
     * @param name the package name as the inventory has it; normalised here as {@link PackageNames} says
     * @return each record whole (all its affected entries): the caller filters by full ecosystem,
     *         release and version, and drops withdrawn records
     */
    public synchronized List<OsvRecord> lookup(String ecosystemBase, String name) throws StoreException {
        String key = PackageNames.normalise(ecosystemBase, name);
        try {
            List<String> ids = new ArrayList<>();
            idsForPackage.setString(1, ecosystemBase);
            idsForPackage.setString(2, key);
            try (ResultSet rs = idsForPackage.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            if (!cache.keySet().containsAll(ids)) {
                loadInto(cache, ecosystemBase, key);
            }
            List<OsvRecord> out = new ArrayList<>(ids.size());
            for (String id : ids) {
                OsvRecord r = cache.get(id);
                if (r == null) {
                    throw new IOException("affected entries name record " + id + " but the record is missing");
                }
                out.add(r);
            }
            return out;
        } catch (SQLException | IOException e) {
            throw new StoreException(file + ": cannot read records for " + ecosystemBase + " package '" + name + "': "
                    + e.getMessage() + ": run 'rampart db update' if the file is damaged", e);
        }
    }

    /**
     * Decodes the package's records that {@code cache} lacks, in one query: one row per affected
     * entry, the record's columns repeated on each.
     */
    private void loadInto(Map<String, OsvRecord> cache, String ecosystemBase, String key)
            throws SQLException, IOException {
        recordsForPackage.setString(1, ecosystemBase);
        recordsForPackage.setString(2, key);
        try (ResultSet r = recordsForPackage.executeQuery()) {
            boolean more = r.next();
            while (more) {
                String id = r.getString(1);
                if (cache.containsKey(id)) {
                    do {
                        more = r.next();
                    } while (more && id.equals(r.getString(1)));
                    continue;
                }
                String modified = r.getString(2);
                String withdrawn = r.getString(3);
                String published = r.getString(4);
                List<String> aliases = JsonColumns.readStrings(r.getString(5));
                List<String> upstream = JsonColumns.readStrings(r.getString(6));
                String summary = r.getString(7);
                String details = r.getString(8);
                List<OsvSeverity> severity = JsonColumns.readSeverity(r.getString(9));
                String databaseSeverity = r.getString(10);
                List<String> references = JsonColumns.readStrings(r.getString(11));
                List<OsvAffected> affected = new ArrayList<>();
                do {
                    affected.add(new OsvAffected(r.getString(12), r.getString(13), r.getString(14),
                            JsonColumns.readRanges(r.getString(15)), JsonColumns.readStrings(r.getString(16)),
                            r.getString(17), JsonColumns.readExtra(r.getString(18))));
                    more = r.next();
                } while (more && id.equals(r.getString(1)));
                cache.put(id, new OsvRecord(id, modified, withdrawn, published, aliases, upstream, summary, details,
                        severity, databaseSeverity, affected, references));
            }
        }
    }

    /** What the database holds and where it came from. */
    public synchronized Status status() throws StoreException {
        try (Statement s = connection.createStatement()) {
            Instant built = Instant.EPOCH;
            try (ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'built_at'")) {
                if (rs.next()) {
                    built = instant(rs.getString(1));
                }
            }
            long records;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM record")) {
                records = rs.next() ? rs.getLong(1) : 0;
            }
            Map<String, Long> ecosystems = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT base, records FROM ecosystem")) {
                while (rs.next()) {
                    ecosystems.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new Status(file, Files.size(file), Schema.VERSION, built, records, ecosystems, sources(connection));
        } catch (SQLException | IOException e) {
            throw new StoreException(file + ": cannot read the database status: " + e.getMessage(), e);
        }
    }

    private static List<Status.Source> sources(Connection c) throws SQLException {
        List<Status.Source> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, location, etag, last_modified, records, imported_at FROM source ORDER BY name")) {
            while (rs.next()) {
                out.add(new Status.Source(new Origin(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getLong(5), instant(rs.getString(6))));
            }
        }
        return out;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public synchronized void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot close the database: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the open failed already; that failure is the one reported
            }
        }
    }
}

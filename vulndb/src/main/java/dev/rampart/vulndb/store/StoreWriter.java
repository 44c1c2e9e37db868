package dev.rampart.vulndb.store;

import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvRecord;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a new database file beside {@code target} and moves it over {@code target} only in
 * {@link #commit()}, so that readers, and a failed or killed build, never see a half-written file.
 *
 * <pre>{@code
 * try (StoreWriter w = StoreWriter.open(target, StoreWriter.Mode.MERGE, Clock.systemUTC())) {
 *     w.beginSource(Origin.of("/data/PyPI-all.zip", "/data/PyPI-all.zip"));
 *     for (OsvRecord r : records) w.put(r);
 *     w.endSource();            // or w.abandonSource(): undo what this source put
 *     w.commit();
 * }                             // without commit(): the new file is deleted, target untouched
 * }</pre>
 *
 * <p>Rules: a record replaces one of the same id only if its {@code modified} is later. Reading a
 * source again replaces what that source gave before: a record that no source gives any more is
 * dropped at commit. One writer per target at a time, held by a lock on {@code <target>.lock};
 * leftover {@code <target>.*.tmp} files of killed builds are deleted when the lock is taken.
 */
public final class StoreWriter implements AutoCloseable {

    /** What the new file starts from. */
    public enum Mode {
        /** The records and sources of {@code target}, if it is a readable database of this schema. */
        MERGE,
        /** Nothing: the new file holds only what is put now. */
        FRESH
    }

    /** What {@link #put} did with a record. */
    public enum Put { ADDED, REPLACED, KEPT_NEWER }

    private final Path target;
    private final Path temp;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Clock clock;
    private final @Nullable String startNote;
    private @Nullable Connection connection;
    private @Nullable Origin current;
    private long currentRecords;
    private boolean committed;

    private @Nullable Statements sql;

    /** The statements {@link #put} runs for every record, prepared once. */
    private record Statements(PreparedStatement modifiedById, PreparedStatement deleteAffected,
            PreparedStatement insertRecord, PreparedStatement insertAffected, PreparedStatement mapSource)
            implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : List.of(modifiedById, deleteAffected, insertRecord, insertAffected, mapSource)) {
                p.close();
            }
        }

        static Statements prepare(Connection c) throws SQLException {
            return new Statements(
                    c.prepareStatement("SELECT modified FROM record WHERE id = ?"),
                    c.prepareStatement("DELETE FROM affected WHERE record_id = ?"),
                    c.prepareStatement("INSERT OR REPLACE INTO record (id, modified, withdrawn, published, aliases,"
                            + " upstream, summary, details, severity, database_severity, refs)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                    c.prepareStatement("INSERT INTO affected (record_id, seq, ecosystem_base, name_key, ecosystem,"
                            + " name, purl, ranges, versions, severity, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                    c.prepareStatement("INSERT OR IGNORE INTO record_source (source, record_id) VALUES (?, ?)"));
        }
    }

    private StoreWriter(Path target, Path temp, FileChannel lockChannel, FileLock lock, Clock clock,
            @Nullable String startNote) {
        this.target = target;
        this.temp = temp;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.clock = clock;
        this.startNote = startNote;
    }

    /**
     * Takes the lock on {@code target} and starts a new file beside it.
     *
     * @throws StoreException if another writer holds the lock or the directory cannot be written
     */
    public static StoreWriter open(Path target, Mode mode, Clock clock) throws StoreException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        @Nullable FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            Path lockFile = dir.resolve(absolute.getFileName() + ".lock");
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new StoreException(absolute + ": another 'rampart db import' or 'rampart db update' is writing it"
                        + " (lock held on " + lockFile + "); wait for it to finish");
            }
            deleteLeftovers(dir, absolute.getFileName().toString());
            Path temp = Files.createTempFile(dir, absolute.getFileName() + ".", ".tmp");
            StoreWriter w;
            try {
                w = seed(absolute, temp, channel, lock, clock, mode);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            try {
                w.start();
            } catch (StoreException | RuntimeException e) {
                w.close();
                throw e;
            }
            return w;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(absolute + ": cannot start a new database file in " + dir + ": " + e.getMessage(), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static StoreWriter seed(Path target, Path temp, FileChannel channel, FileLock lock, Clock clock, Mode mode)
            throws IOException {
        if (mode == Mode.FRESH || !Files.exists(target)) {
            return new StoreWriter(target, temp, channel, lock, clock, null);
        }
        try (Connection c = Schema.openReadOnly(target)) {
            int version = Schema.userVersion(c);
            if (version != Schema.VERSION) {
                return new StoreWriter(target, temp, channel, lock, clock, "the previous database had schema version "
                        + version + " (this Rampart writes " + Schema.VERSION + "); it was rebuilt from these sources only");
            }
        } catch (SQLException e) {
            return new StoreWriter(target, temp, channel, lock, clock, "the previous database could not be read ("
                    + e.getMessage() + "); it was rebuilt from these sources only");
        }
        Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING);
        return new StoreWriter(target, temp, channel, lock, clock, null);
    }

    private void start() throws StoreException {
        try {
            Connection c = Schema.openForBuild(temp);
            connection = c;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (Schema.userVersion(c) == 0) {
                    for (String ddl : Schema.DDL) {
                        s.execute(ddl);
                    }
                }
                // Bulk inserts are faster without the lookup index; commit() rebuilds it.
                s.execute("DROP INDEX IF EXISTS affected_package");
            }
            sql = Statements.prepare(c);
        } catch (SQLException e) {
            throw failure("cannot create the new database", e);
        }
    }

    /**
     * Why the new file did not start from {@code target} although {@link Mode#MERGE} asked for it
     * (another schema version, unreadable), or null.
     */
    public @Nullable String startNote() {
        return startNote;
    }

    /** Starts reading {@code origin}: forgets which records it gave before, and marks a point to undo to. */
    public void beginSource(Origin origin) throws StoreException {
        if (current != null) {
            throw new IllegalStateException("source " + current.name() + " is still open; end or abandon it first");
        }
        Connection c = connection();
        try (Statement s = c.createStatement();
                PreparedStatement forget = c.prepareStatement("DELETE FROM record_source WHERE source = ?")) {
            s.execute("SAVEPOINT source");
            forget.setString(1, origin.name());
            forget.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot start source " + origin.name(), e);
        }
        current = origin;
        currentRecords = 0;
    }

    /** Adds {@code record} from the open source, unless a record of that id with a later {@code modified} is kept. */
    public Put put(OsvRecord record) throws StoreException {
        Origin origin = current;
        if (origin == null) {
            throw new IllegalStateException("put(" + record.id() + ") outside a source; call beginSource first");
        }
        Statements q = statements();
        try {
            Put outcome = store(q, record);
            q.mapSource().setString(1, origin.name());
            q.mapSource().setString(2, record.id());
            q.mapSource().executeUpdate();
            currentRecords++;
            return outcome;
        } catch (SQLException e) {
            throw failure("cannot store record " + record.id() + " from " + origin.location(), e);
        }
    }

    private static Put store(Statements q, OsvRecord r) throws SQLException {
        @Nullable String existing = null;
        q.modifiedById().setString(1, r.id());
        try (ResultSet rs = q.modifiedById().executeQuery()) {
            if (rs.next()) {
                existing = rs.getString(1);
            }
        }
        if (existing != null) {
            if (!isLater(r.modified(), existing)) {
                return Put.KEPT_NEWER;
            }
            q.deleteAffected().setString(1, r.id());
            q.deleteAffected().executeUpdate();
        }
        bind(q.insertRecord(), r.id(), r.modified(), r.withdrawn(), r.published(), JsonColumns.strings(r.aliases()),
                JsonColumns.strings(r.upstream()), r.summary(), r.details(), JsonColumns.severity(r.severity()),
                r.databaseSeverity(), JsonColumns.strings(r.references()));
        q.insertRecord().executeUpdate();
        int seq = 0;
        for (OsvAffected a : r.affected()) {
            String base = a.ecosystemBase();
            bind(q.insertAffected(), r.id(), Integer.toString(seq++), base, PackageNames.normalise(base, a.name()),
                    a.ecosystem(), a.name(), a.purl(), JsonColumns.ranges(a.ranges()), JsonColumns.strings(a.versions()),
                    a.severity(), JsonColumns.extra(a.extra()));
            q.insertAffected().executeUpdate();
        }
        return existing == null ? Put.ADDED : Put.REPLACED;
    }

    private static void bind(PreparedStatement statement, @Nullable String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
    }

    /** True if {@code candidate} is strictly later than {@code existing}; RFC 3339, else compared as text. */
    static boolean isLater(String candidate, String existing) {
        try {
            return Instant.parse(candidate).isAfter(Instant.parse(existing));
        } catch (DateTimeParseException e) {
            return candidate.compareTo(existing) > 0;
        }
    }

    /** Ends the open source and records it in {@code source} with the number of records it gave. */
    public void endSource() throws StoreException {
        Origin origin = requireSource();
        try (PreparedStatement upsert = connection().prepareStatement("INSERT OR REPLACE INTO source"
                + " (name, location, records, etag, last_modified, imported_at) VALUES (?,?,?,?,?,?)");
                Statement s = connection().createStatement()) {
            upsert.setString(1, origin.name());
            upsert.setString(2, origin.location());
            upsert.setLong(3, currentRecords);
            upsert.setString(4, origin.etag());
            upsert.setString(5, origin.lastModified());
            upsert.setString(6, clock.instant().toString());
            upsert.executeUpdate();
            s.execute("RELEASE source");
        } catch (SQLException e) {
            throw failure("cannot finish source " + origin.name(), e);
        }
        current = null;
    }

    /** Undoes everything since {@link #beginSource}: the file is as if the source had not been read. */
    public void abandonSource() throws StoreException {
        Origin origin = requireSource();
        try (Statement s = connection().createStatement()) {
            s.execute("ROLLBACK TO source");
            s.execute("RELEASE source");
        } catch (SQLException e) {
            throw failure("cannot undo source " + origin.name(), e);
        }
        current = null;
    }

    /**
     * Drops records no source gives any more, rebuilds the lookup index and the counts, and moves
     * the new file over {@code target} in one atomic rename.
     *
     * @return the database as written
     */
    public Status commit() throws StoreException {
        if (current != null) {
            throw new IllegalStateException("source " + current.name() + " is still open; end or abandon it first");
        }
        Connection c = connection();
        Statements q = statements();
        sql = null;
        try (Statement s = c.createStatement()) {
            q.close(); // VACUUM below refuses to run while statements are open
            s.execute("DELETE FROM affected WHERE record_id NOT IN (SELECT record_id FROM record_source)");
            s.execute("DELETE FROM record WHERE id NOT IN (SELECT record_id FROM record_source)");
            s.execute(Schema.PACKAGE_INDEX);
            s.execute("DELETE FROM ecosystem");
            s.execute("INSERT INTO ecosystem (base, records)"
                    + " SELECT ecosystem_base, COUNT(DISTINCT record_id) FROM affected GROUP BY ecosystem_base");
            s.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '" + Schema.VERSION + "')");
            try (PreparedStatement built = c.prepareStatement(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('built_at', ?)")) {
                built.setString(1, clock.instant().toString());
                built.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw failure("cannot finish the new database", e);
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if (mostlyFree(s)) {
                s.execute("VACUUM");
            }
        } catch (SQLException e) {
            throw failure("cannot compact the new database", e);
        }
        closeConnection();
        try (FileChannel file = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            file.force(true);
        } catch (IOException e) {
            throw new StoreException(temp + ": cannot flush the new database to disk: " + e.getMessage(), e);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(target + ": cannot move the new database " + temp + " into place: " + e.getMessage()
                    + "; the previous database is unchanged", e);
        }
        committed = true;
        try (VulnStore written = VulnStore.openReadOnly(target)) {
            return written.status();
        }
    }

    private static boolean mostlyFree(Statement s) throws SQLException {
        long free;
        long pages;
        try (ResultSet rs = s.executeQuery("PRAGMA freelist_count")) {
            free = rs.next() ? rs.getLong(1) : 0;
        }
        try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            pages = rs.next() ? rs.getLong(1) : 0;
        }
        return pages > 0 && free * 4 > pages;
    }

    private Origin requireSource() {
        Origin origin = current;
        if (origin == null) {
            throw new IllegalStateException("no source is open");
        }
        return origin;
    }

    private Statements statements() {
        Statements q = sql;
        if (q == null) {
            throw new IllegalStateException(target + ": the writer is closed");
        }
        return q;
    }

    private Connection connection() {
        Connection c = connection;
        if (c == null) {
            throw new IllegalStateException(target + ": the writer is closed");
        }
        return c;
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(temp + ": " + what + ": " + e.getMessage() + "; " + target + " is unchanged", e);
    }

    /** Releases the lock; without {@link #commit()}, deletes the new file and leaves {@code target} as it was. */
    @Override
    public void close() throws StoreException {
        closeConnection();
        try {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StoreException(temp + ": cannot delete the unfinished database: " + e.getMessage(), e);
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            closeQuietly(lockChannel);
        }
    }

    private void closeConnection() {
        Connection c = connection;
        connection = null;
        sql = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more is written through it; a failed commit was already reported
            }
        }
    }

    private static void deleteLeftovers(Path dir, String targetName) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, targetName + ".*.tmp")) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // only the lock file; nothing was written to it
            }
        }
    }
}

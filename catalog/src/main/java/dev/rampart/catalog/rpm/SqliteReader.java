package dev.rampart.catalog.rpm;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads the SQLite rpm database of rpm 4.16+ ({@code rpmdb.sqlite}): table
 * {@code Packages(hnum INTEGER PRIMARY KEY, blob BLOB)}, one header blob per row.
 *
 * <p>sqlite-jdbc opens files, not byte arrays, so the bytes are written to a file in a fresh
 * directory that only the owner may enter, and both are deleted afterwards. The file is opened
 * read-only and {@code immutable=1}: rpm keeps the database in WAL mode, and an immutable
 * database is read without a {@code -wal} or {@code -shm} file and without locks (what is only
 * in a {@code -wal} file the image ships beside it is not seen).
 *
 * <p>The database comes from an untrusted image, so: {@code Packages} must be a table (a view
 * could run any query), the schema is not trusted to call functions with side effects, one value
 * may be at most {@link RpmLimits#maxHeaderBytes()} long, and the query is stopped after
 * {@link RpmLimits#maxSqliteSteps()} virtual-machine steps.
 */
final class SqliteReader {
    private static final int STEPS_PER_CALLBACK = 1000;
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private SqliteReader() {}

    static List<RpmPackage> read(byte[] content, ReadContext context) throws RpmFormatException {
        Path dir;
        try {
            dir = createPrivateDirectory();
        } catch (IOException e) {
            throw new RpmFormatException(context.file() + ": cannot create a private temporary directory for SQLite: "
                    + e.getMessage(), e);
        }
        try {
            Path db = dir.resolve("rpmdb.sqlite");
            writePrivateFile(db, content);
            return query(db, context);
        } catch (IOException e) {
            throw new RpmFormatException(context.file() + ": cannot write a private temporary copy for SQLite: "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static List<RpmPackage> query(Path db, ReadContext context) throws RpmFormatException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        String url = "jdbc:sqlite:" + db.toUri() + "?immutable=1";
        StepBudget budget = new StepBudget(context.limits().maxSqliteSteps());
        try (Connection connection = config.createConnection(url)) {
            connection.unwrap(SQLiteConnection.class)
                    .setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, context.limits().maxHeaderBytes());
            ProgressHandler.setHandler(connection, STEPS_PER_CALLBACK, budget);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA trusted_schema = OFF");
            }
            requirePackagesTable(connection, context);
            return readRows(connection, context);
        } catch (SQLException e) {
            String reason = budget.exhausted()
                    ? "the query took more than " + context.limits().maxSqliteSteps()
                            + " SQLite steps, the limit (RpmLimits.maxSqliteSteps)"
                    : firstLine(e.getMessage());
            throw new RpmFormatException(context.file() + ": SQLite: " + reason, e);
        }
    }

    private static void requirePackagesTable(Connection connection, ReadContext context)
            throws SQLException, RpmFormatException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT type FROM sqlite_master WHERE name = 'Packages' COLLATE NOCASE");
                ResultSet rows = statement.executeQuery()) {
            String type = rows.next() ? rows.getString(1) : null;
            if (!"table".equals(type)) {
                throw new RpmFormatException(context.file() + ": SQLite database has no Packages table"
                        + (type == null ? "" : " (Packages is a " + type + ")"));
            }
        }
    }

    private static List<RpmPackage> readRows(Connection connection, ReadContext context)
            throws SQLException, RpmFormatException {
        List<RpmPackage> packages = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT hnum, blob FROM Packages ORDER BY hnum");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long hnum = rows.getLong(1);
                byte[] blob = rows.getBytes(2);
                String record = "row hnum " + hnum;
                if (blob == null) {
                    throw new RpmFormatException(context.file() + ": " + record + ": blob is NULL");
                }
                packages.add(HeaderDecoder.decode(
                        ByteView.ofBlob(blob, ByteOrder.BIG_ENDIAN, context.file(), record), context));
            }
        }
        return packages;
    }

    private static Path createPrivateDirectory() throws IOException {
        return posix()
                ? Files.createTempDirectory("rampart-rpmdb-", PosixFilePermissions.asFileAttribute(OWNER_DIR))
                : Files.createTempDirectory("rampart-rpmdb-");
    }

    private static void writePrivateFile(Path file, byte[] content) throws IOException {
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
        Files.write(file, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Deletes the directory and whatever SQLite may have left in it; failures are left for the OS to clean. */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // nothing else to do: the directory is private and in the temp area
        }
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable database";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Interrupts the query once it has taken its budget of virtual-machine steps. */
    private static final class StepBudget extends ProgressHandler {
        private final long maxCallbacks;
        private long callbacks;

        StepBudget(long maxSteps) {
            this.maxCallbacks = Math.max(1, maxSteps / STEPS_PER_CALLBACK);
        }

        @Override
        protected int progress() {
            return ++callbacks > maxCallbacks ? 1 : 0;
        }

        boolean exhausted() {
            return callbacks > maxCallbacks;
        }
    }
}

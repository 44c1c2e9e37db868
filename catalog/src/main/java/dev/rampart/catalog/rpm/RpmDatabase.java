package dev.rampart.catalog.rpm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the packages out of one rpm database file.
 *
 * <pre>{@code
 * if (RpmDatabase.isDatabasePath(path)) {
 *     List<RpmPackage> installed = RpmDatabase.read(path, tree.read(path));
 * }
 * }</pre>
 *
 * <p>Which format a file is in is told by its magic bytes, cross-checked against its name (rpm
 * picks the file by its configured backend, so a {@code Packages.db} that is not NDB is not
 * something rpm would read either). The path is only used for that and for messages.
 */
public final class RpmDatabase {
    /** The on-disk formats of the rpm database. */
    public enum Format {
        /** {@code rpmdb.sqlite}: rpm 4.16 and later (Fedora 33+, RHEL 9, CBL-Mariner, Amazon Linux 2023). */
        SQLITE,
        /** {@code Packages.db}: rpm's own "ndb" backend, used by SUSE (SLES 15 SP3+, openSUSE). */
        NDB,
        /** {@code Packages}: a BerkeleyDB hash file, rpm up to 4.15 (CentOS/RHEL up to 8, Amazon Linux 2). */
        BERKELEY_DB
    }

    private static final Map<String, Format> PATHS = Map.of(
            "/usr/lib/sysimage/rpm/rpmdb.sqlite", Format.SQLITE,
            "/var/lib/rpm/rpmdb.sqlite", Format.SQLITE,
            "/usr/lib/sysimage/rpm/Packages.db", Format.NDB,
            "/var/lib/rpm/Packages.db", Format.NDB,
            "/usr/lib/sysimage/rpm/Packages", Format.BERKELEY_DB,
            "/var/lib/rpm/Packages", Format.BERKELEY_DB);

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private RpmDatabase() {}

    /**
     * Whether an image keeps an rpm database at this absolute, normalised path:
     * {@code /usr/lib/sysimage/rpm/} or {@code /var/lib/rpm/} followed by {@code rpmdb.sqlite},
     * {@code Packages.db} or {@code Packages}.
     */
    public static boolean isDatabasePath(String absolutePath) {
        return PATHS.containsKey(absolutePath);
    }

    /**
     * Which format a database file is in, by its magic bytes; when its file name is one rpm uses,
     * the magic must agree with it.
     *
     * @throws RpmFormatException when the bytes carry no known magic, or another format's than the name says
     */
    public static Format formatOf(String path, byte[] content) throws RpmFormatException {
        Format byMagic = byMagic(content);
        Format byName = byName(path);
        if (byMagic == null) {
            throw new RpmFormatException(path + ": not an rpm database: no SQLite, NDB or BerkeleyDB hash magic"
                    + (byName == null ? "" : " (its name says " + byName + ")") + " in its " + content.length + " bytes");
        }
        if (byName != null && byName != byMagic) {
            throw new RpmFormatException(path + ": named like a " + byName + " rpm database but its magic bytes are "
                    + byMagic + "'s");
        }
        return byMagic;
    }

    /** Reads every package, within {@link RpmLimits#DEFAULT}. */
    public static List<RpmPackage> read(String path, byte[] content) throws RpmFormatException {
        return read(path, content, RpmLimits.DEFAULT);
    }

    /**
     * Reads every package from the bytes of one database file, in the database's own order
     * (SQLite {@code hnum}, NDB package index, BerkeleyDB header number).
     *
     * @param path where the image keeps the file, for format detection and messages
     * @param content the whole file
     * @throws RpmFormatException one line naming the file, the record or offset, and the problem
     */
    public static List<RpmPackage> read(String path, byte[] content, RpmLimits limits) throws RpmFormatException {
        ReadContext context = new ReadContext(path, limits, content.length);
        return switch (formatOf(path, content)) {
            case SQLITE -> SqliteReader.read(content, context);
            case NDB -> NdbReader.read(content, context);
            case BERKELEY_DB -> BerkeleyDbReader.read(content, context);
        };
    }

    private static @Nullable Format byName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return switch (name) {
            case "rpmdb.sqlite" -> Format.SQLITE;
            case "Packages.db" -> Format.NDB;
            case "Packages" -> Format.BERKELEY_DB;
            default -> null;
        };
    }

    private static @Nullable Format byMagic(byte[] content) {
        if (content.length >= SQLITE_MAGIC.length
                && Arrays.equals(content, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            return Format.SQLITE;
        }
        if (content.length >= 4 && ((content[0] & 0xff) | (content[1] & 0xff) << 8 | (content[2] & 0xff) << 16
                | (long) (content[3] & 0xff) << 24) == NdbReader.MAGIC) {
            return Format.NDB;
        }
        return BerkeleyDbReader.byteOrder(content) != null ? Format.BERKELEY_DB : null;
    }
}

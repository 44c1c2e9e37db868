package dev.rampart.vulndb.imports;

import dev.rampart.vulndb.store.Origin;
import dev.rampart.vulndb.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where OSV records are read from. {@link #of(Path)} picks the reader for a path:
 *
 * <ul>
 *   <li>a directory: every regular {@code *.json} file under it, in path order (links not followed);</li>
 *   <li>a file named {@code *.json}: that one record;</li>
 *   <li>any other file: a zip in the layout of osv.dev's {@code <Ecosystem>/all.zip}, one
 *       {@code <id>.json} per record (entries of other names are ignored).</li>
 * </ul>
 */
public interface OsvSource {

    /** Identity and location stored in the database's meta. */
    Origin origin();

    /**
     * Hands every record's raw JSON to {@code visitor}, and every entry it had to skip.
     *
     * @throws IOException if the source cannot be read as a whole (missing, not a zip, corrupt,
     *                     over a limit); the message names the file
     * @throws StoreException if the visitor could not store a record
     */
    void read(Limits limits, Visitor visitor) throws IOException, StoreException;

    /** Receives what a source holds. */
    interface Visitor {
        /** One record's JSON; {@code entry} names it within the source ({@code GO-2024-2916.json}). */
        void record(String entry, byte[] json) throws StoreException;

        /** An entry that was not handed over, and why. */
        void skipped(String entry, String reason);
    }

    /** A path as {@code rampart db import} takes it; its origin is its absolute path. */
    static OsvSource of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Origin origin = Origin.of(absolute.toString(), absolute.toString());
        if (Files.isDirectory(absolute)) {
            return new DirectorySource(absolute, origin);
        }
        if (absolute.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return new JsonFileSource(absolute, origin);
        }
        return zip(absolute, origin);
    }

    /** A zip of records with the given origin ({@code db update} names it by ecosystem and URL). */
    static OsvSource zip(Path file, Origin origin) {
        return new ZipSource(file, origin);
    }
}

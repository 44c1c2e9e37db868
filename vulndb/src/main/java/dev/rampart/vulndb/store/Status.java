package dev.rampart.vulndb.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a database holds, for {@code rampart db status} and for deciding what to update.
 *
 * @param file the database file
 * @param fileBytes its size
 * @param schemaVersion the layout version ({@link VulnStore#SCHEMA_VERSION})
 * @param builtAt when the file was last written
 * @param records distinct records
 * @param ecosystems ecosystem base ({@code Debian}, {@code PyPI}) → records with an affected entry in it
 * @param sources what it was built from, by name
 */
public record Status(
        Path file,
        long fileBytes,
        int schemaVersion,
        Instant builtAt,
        long records,
        Map<String, Long> ecosystems,
        List<Source> sources) {

    public Status {
        ecosystems = Map.copyOf(ecosystems);
        sources = List.copyOf(sources);
    }

    /**
     * One source the database was built from.
     *
     * @param origin its name, location and HTTP validators
     * @param records the records it gave when it was last read
     * @param importedAt when it was last read
     */
    public record Source(Origin origin, long records, Instant importedAt) {}
}

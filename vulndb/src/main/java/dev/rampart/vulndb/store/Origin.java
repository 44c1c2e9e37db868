package dev.rampart.vulndb.store;

import org.jspecify.annotations.Nullable;

/**
 * Where a batch of records came from, as kept in the database's {@code source} table.
 *
 * @param name identity of the source: re-reading a source of the same name replaces what it gave
 *             before. {@code db update} uses the ecosystem ({@code PyPI}); {@code db import} the
 *             absolute path of the file or directory
 * @param location for people: the URL or path it was read from
 * @param etag the HTTP {@code ETag} of the archive read, or null
 * @param lastModified the HTTP {@code Last-Modified} of the archive read, or null
 */
public record Origin(String name, String location, @Nullable String etag, @Nullable String lastModified) {
    public Origin {
        if (name.isBlank()) {
            throw new IllegalArgumentException("source name is blank (location '" + location + "')");
        }
    }

    public static Origin of(String name, String location) {
        return new Origin(name, location, null, null);
    }
}

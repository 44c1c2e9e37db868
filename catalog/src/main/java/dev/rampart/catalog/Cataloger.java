package dev.rampart.catalog;

import dev.rampart.image.EntryAnalyzer;
import java.util.List;

/**
 * Finds one ecosystem's installed packages in an image.
 *
 * <p>Contract: {@link #wants(String)} is asked for every regular file of every layer during the
 * one pass and must only compare names; the files it accepts are kept in memory and reach
 * {@link #catalog(CatalogContext)} through the squashed file tree, as the final image has them.
 * {@code catalog} does no I/O of its own and reports unreadable records as issues, not exceptions.
 *
 * <pre>{@code
 * wants("/var/lib/dpkg/status")        -> true
 * catalog(ctx) -> packages [adduser 3.134 (deb), ...], issues []
 * }</pre>
 */
public interface Cataloger {
    /** A short stable name ({@code dpkg}, {@code apk}, {@code rpm}) used in reports and cache keys. */
    String name();

    /** Bumped whenever what the cataloger reports for the same input changes. */
    int version();

    boolean wants(String path);

    /**
     * Analyzers that read files from the layer streams during the pass, for content too large to
     * keep in memory (archives, binaries). What they find reaches {@link #catalog} through
     * {@code context.files().found(analyzer)}, each finding marked with whether its file is in the
     * final image. Most catalogers need none.
     */
    default List<EntryAnalyzer<?>> analyzers() {
        return List.of();
    }

    CatalogResult catalog(CatalogContext context);
}

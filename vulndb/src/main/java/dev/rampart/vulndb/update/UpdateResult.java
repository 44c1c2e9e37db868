package dev.rampart.vulndb.update;

import dev.rampart.vulndb.imports.ImportResult;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an update did.
 *
 * @param ecosystems one outcome per ecosystem asked for, in that order
 * @param imported the import of the archives that changed, or null if none did (the database was
 *                 not rewritten)
 */
public record UpdateResult(List<EcosystemOutcome> ecosystems, @Nullable ImportResult imported) {

    public UpdateResult {
        ecosystems = List.copyOf(ecosystems);
    }

    /** True if no ecosystem failed. */
    public boolean complete() {
        return ecosystems.stream().noneMatch(e -> e instanceof EcosystemOutcome.Failed);
    }

    /** What became of one ecosystem. */
    public sealed interface EcosystemOutcome {
        String ecosystem();

        URI url();

        /** Downloaded ({@code bytes}) and imported ({@code records}). */
        record Updated(String ecosystem, URI url, long bytes, long records) implements EcosystemOutcome {}

        /** The archive's {@code ETag}/{@code Last-Modified} is the one already imported: nothing to do. */
        record Unchanged(String ecosystem, URI url) implements EcosystemOutcome {}

        /** Not updated, and why; the database keeps what it had for this ecosystem. */
        record Failed(String ecosystem, URI url, String reason) implements EcosystemOutcome {}
    }
}

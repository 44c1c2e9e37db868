package dev.rampart.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared/corpus}, the real data that tests hold the code to.
 *
 * <p>{@code RAMPART_CORPUS} names it; otherwise the build passes the default (the repo's sibling
 * {@code shared/corpus}) in {@code RAMPART_CORPUS_DEFAULT}. A missing corpus fails the test with a
 * message saying where it looked: CI always has it, so a skip would hide a broken set-up.
 */
public final class Corpus {
    private Corpus() {}

    public static Path root() {
        String explicit = System.getenv("RAMPART_CORPUS");
        String fallback = System.getenv("RAMPART_CORPUS_DEFAULT");
        String chosen = explicit != null && !explicit.isBlank() ? explicit
                : fallback != null && !fallback.isBlank() ? fallback : "../shared/corpus";
        Path root = Path.of(chosen).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new AssertionError("corpus not found at " + root
                    + ": set RAMPART_CORPUS to the shared/corpus folder (default ../shared/corpus beside the repo)");
        }
        return root;
    }

    /** A file or folder under the corpus, which must exist. */
    public static Path resolve(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new AssertionError("corpus entry missing: " + p);
        }
        return p;
    }
}

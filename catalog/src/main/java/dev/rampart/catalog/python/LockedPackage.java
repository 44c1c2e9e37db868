package dev.rampart.catalog.python;

import dev.rampart.model.Issue;
import java.util.List;

/**
 * One pinned dependency read from a source tree's lock or requirements file.
 *
 * @param name the name as the file writes it
 * @param dev whether only development needs it
 * @param line the 1-based line it is on, or 0 where the format's parser gives none
 */
record LockedPackage(String name, String version, boolean dev, int line) {

    /** What a parser made of one file. */
    record Result(List<LockedPackage> packages, List<Issue> issues) {
        Result {
            packages = List.copyOf(packages);
            issues = List.copyOf(issues);
        }

        static Result failed(Issue issue) {
            return new Result(List.of(), List.of(issue));
        }
    }
}

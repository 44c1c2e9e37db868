package dev.rampart.runtime.rules;

import java.util.List;

/**
 * What a load produced: the rules that compiled and every issue found. The rules load even when
 * some items have errors (those items are left out); {@link #ok()} says whether Falco would have
 * accepted the files.
 */
public record LoadResult(Ruleset ruleset, List<LoadIssue> issues) {

    public LoadResult {
        issues = List.copyOf(issues);
    }

    public List<LoadIssue> errors() {
        return issues.stream().filter(LoadIssue::isError).toList();
    }

    public List<LoadIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    /** No errors. */
    public boolean ok() {
        return issues.stream().noneMatch(LoadIssue::isError);
    }
}

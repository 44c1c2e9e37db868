package dev.rampart.runtime.rules;

/** Stops loading the current item; carries the issue to report. */
final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient LoadIssue issue;

    LoadException(LoadIssue issue) {
        super(issue.message(), null, false, false);
        this.issue = issue;
    }

    LoadIssue issue() {
        return issue;
    }
}

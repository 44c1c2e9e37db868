package dev.rampart.cli;

/** The exit codes every verb uses. */
final class ExitCodes {
    private ExitCodes() {}

    static final int OK = 0;
    /** Findings at or above the threshold remain (verbs with --exit-code choose their own). */
    static final int FINDINGS = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** The input could not be read or the work failed. */
    static final int FAILURE = 3;
}

package dev.rampart.model;

/**
 * Something a user should know about the input that did not stop the work: a skipped archive
 * entry, an unreadable database, a package without a version.
 *
 * @param where the file, archive entry or record it concerns
 * @param message what is wrong, in one line
 */
public record Issue(String where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}

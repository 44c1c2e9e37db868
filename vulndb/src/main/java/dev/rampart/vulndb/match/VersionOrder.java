package dev.rampart.vulndb.match;

/**
 * A total order on one ecosystem's versions, as its own tool orders them.
 */
@FunctionalInterface
public interface VersionOrder {
    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}. */
    int compare(String a, String b) throws InvalidVersion;

    /** A version the ecosystem's rules cannot order; the message names it. */
    final class InvalidVersion extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidVersion(String message) {
            super(message);
        }
    }
}

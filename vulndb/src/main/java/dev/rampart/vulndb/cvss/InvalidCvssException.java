package dev.rampart.vulndb.cvss;

/**
 * A string that is not a CVSS vector Rampart can score. The message names the vector and the
 * problem, for example {@code invalid CVSS vector 'CVSS:3.1/AV:N': missing mandatory base
 * metrics AC, PR, UI, S, C, I, A}.
 */
public final class InvalidCvssException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Longest part of the input quoted in a message; a hostile input cannot make the message huge. */
    private static final int QUOTED_MAX = 200;

    private final String vector;
    private final String problem;

    public InvalidCvssException(String vector, String problem) {
        super("invalid CVSS vector '" + quoted(vector) + "': " + problem);
        this.vector = vector;
        this.problem = problem;
    }

    /** The input as given. */
    public String vector() {
        return vector;
    }

    /** What is wrong with it, without the vector. */
    public String problem() {
        return problem;
    }

    private static String quoted(String vector) {
        return vector.length() <= QUOTED_MAX ? vector : vector.substring(0, QUOTED_MAX) + "…";
    }
}

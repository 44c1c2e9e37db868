package dev.rampart.vulndb.version;

import org.jspecify.annotations.Nullable;

/**
 * A version that its {@link VersionScheme} has parsed and can order; only
 * {@link VersionScheme#parse(String)} makes one.
 *
 * <p>{@link #compareTo} orders versions of the same scheme by precedence, so
 * {@code Maven "1.0"} and {@code Maven "1.0.0"} compare as 0. {@link #equals} is about the text: those
 * two are not equal, as {@code BigDecimal} 1.0 and 1.00 are not. Comparing versions of two schemes is
 * a programming error and throws {@link IllegalArgumentException}.
 */
public final class ParsedVersion implements Comparable<ParsedVersion> {
    private final VersionScheme scheme;
    private final String text;
    private final Comparable<?> key;

    /**
     * @param key what the scheme compares; every version of one scheme carries a key of the same
     *            class, which is what makes the cast in {@link #compareTo} safe
     */
    ParsedVersion(VersionScheme scheme, String text, Comparable<?> key) {
        this.scheme = scheme;
        this.text = text;
        this.key = key;
    }

    public VersionScheme scheme() {
        return scheme;
    }

    /** What the scheme compares, for schemes that tell more about a version than its order. */
    Comparable<?> key() {
        return key;
    }

    /** The version exactly as it was given to {@link VersionScheme#parse(String)}. */
    public String text() {
        return text;
    }

    @Override
    @SuppressWarnings("unchecked")
    public int compareTo(ParsedVersion other) {
        if (!scheme.equals(other.scheme)) {
            throw new IllegalArgumentException("cannot order " + scheme.name() + " version '" + text + "' against "
                    + other.scheme.name() + " version '" + other.text + "'");
        }
        return Integer.signum(((Comparable<Object>) key).compareTo(other.key));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ParsedVersion p && scheme.equals(p.scheme) && text.equals(p.text);
    }

    @Override
    public int hashCode() {
        return 31 * scheme.hashCode() + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}

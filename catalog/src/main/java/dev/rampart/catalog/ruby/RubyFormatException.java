package dev.rampart.catalog.ruby;

/** A gemspec or {@code Gemfile.lock} could not be read: not the shape RubyGems or Bundler writes, or beyond {@link RubyLimits}. */
final class RubyFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the problem, or 0 when unknown. */
    private final int line;

    RubyFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}

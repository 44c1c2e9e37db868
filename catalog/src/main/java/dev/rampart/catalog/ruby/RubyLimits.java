package dev.rampart.catalog.ruby;

/**
 * Bounds on the work one Ruby file may cause; the file comes from an untrusted image. Both formats
 * are read line by line with patterns that match in linear time, so the cost is bounded by the
 * characters read.
 *
 * @param maxDocumentChars characters of one gemspec or {@code Gemfile.lock}
 * @param maxLineChars characters of one line that is matched; longer lines are skipped (RubyGems
 *                     writes one attribute per line, a long description being the longest)
 */
public record RubyLimits(int maxDocumentChars, int maxLineChars) {

    public static final RubyLimits DEFAULT = new RubyLimits(16 << 20, 64 << 10);

    public RubyLimits {
        if (maxDocumentChars <= 0 || maxLineChars <= 0) {
            throw new IllegalArgumentException("every Ruby limit must be positive: " + this);
        }
    }

    public RubyLimits withMaxDocumentChars(int chars) {
        return new RubyLimits(chars, maxLineChars);
    }

    public RubyLimits withMaxLineChars(int chars) {
        return new RubyLimits(maxDocumentChars, chars);
    }
}

package dev.rampart.sbom.internal.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses SPDX license expressions (SPDX 2.3 Annex D) against the SPDX License List.
 *
 * <pre>
 * or-expression   = and-expression *( "OR" and-expression )
 * and-expression  = with-expression *( "AND" with-expression )
 * with-expression = simple [ "WITH" license-exception-id ] / "(" or-expression ")"
 * simple          = license-id [ "+" ] / "LicenseRef-" idstring
 * idstring        = 1*( ALPHA / DIGIT / "-" / "." )
 * </pre>
 *
 * <p>License and exception ids match the list without regard to case; operators must be upper
 * case, as the spec writes them, so {@code GPL-2+ or Artistic} (Debian's notation) is not an
 * expression. {@code DocumentRef-} is refused: a Rampart document references no other document.
 *
 * <p>License strings come from the scanned image, so the work is bounded: a string longer than
 * {@link #MAX_LENGTH} characters or nesting parentheses deeper than {@link #MAX_DEPTH} is not
 * treated as an expression (it is then kept as a license name).
 */
public final class LicenseExpressionParser {
    /** Longest string parsed as an expression; the longest in Debian's archive are well under 1,000. */
    public static final int MAX_LENGTH = 4_096;
    /** Deepest parenthesis nesting parsed. */
    public static final int MAX_DEPTH = 32;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9.\\-]+");
    private static final String REF_PREFIX = "LicenseRef-";

    private final SpdxLicenseList list;
    private List<String> tokens = List.of();
    private int next;
    private int depth;

    private LicenseExpressionParser(SpdxLicenseList list) {
        this.list = list;
    }

    /** The expression {@code text} spells, or empty when it is not a valid SPDX license expression. */
    public static Optional<LicenseExpression> parse(String text) {
        return parse(text, SpdxLicenseList.get());
    }

    static Optional<LicenseExpression> parse(String text, SpdxLicenseList list) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return new LicenseExpressionParser(list).run(text);
    }

    private Optional<LicenseExpression> run(String text) {
        tokens = tokenize(text);
        next = 0;
        depth = 0;
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        try {
            LicenseExpression e = or();
            return next == tokens.size() ? Optional.of(e) : Optional.empty();
        } catch (NotAnExpression e) {
            return Optional.empty();
        }
    }

    private LicenseExpression or() {
        LicenseExpression left = and();
        while (accept("OR")) {
            left = new LicenseExpression.Or(left, and());
        }
        return left;
    }

    private LicenseExpression and() {
        LicenseExpression left = with();
        while (accept("AND")) {
            left = new LicenseExpression.And(left, with());
        }
        return left;
    }

    private LicenseExpression with() {
        if (accept("(")) {
            if (++depth > MAX_DEPTH) {
                throw new NotAnExpression();
            }
            LicenseExpression inner = or();
            expect(")");
            depth--;
            return inner;
        }
        LicenseExpression simple = simple(take());
        if (accept("WITH")) {
            String exception = list.exception(take()).orElseThrow(NotAnExpression::new);
            return new LicenseExpression.With(simple, exception);
        }
        return simple;
    }

    private LicenseExpression simple(String token) {
        if (token.startsWith(REF_PREFIX)) {
            if (!ID.matcher(token.substring(REF_PREFIX.length())).matches()) {
                throw new NotAnExpression();
            }
            return new LicenseExpression.Ref(token);
        }
        if (!ID.matcher(token.endsWith("+") ? token.substring(0, token.length() - 1) : token).matches()) {
            throw new NotAnExpression();
        }
        // GPL-2.0+ is itself a (deprecated) listed id; prefer it whole over GPL-2.0 with "+".
        Optional<String> whole = list.license(token);
        if (whole.isPresent()) {
            return new LicenseExpression.Listed(whole.get(), false);
        }
        if (token.endsWith("+")) {
            String base = list.license(token.substring(0, token.length() - 1)).orElseThrow(NotAnExpression::new);
            return new LicenseExpression.Listed(base, true);
        }
        throw new NotAnExpression();
    }

    private boolean accept(String token) {
        if (next < tokens.size() && tokens.get(next).equals(token)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new NotAnExpression();
        }
    }

    private String take() {
        if (next >= tokens.size()) {
            throw new NotAnExpression();
        }
        String token = tokens.get(next++);
        if (token.equals("(") || token.equals(")") || token.equals("AND") || token.equals("OR") || token.equals("WITH")) {
            throw new NotAnExpression();
        }
        return token;
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                        && text.charAt(i) != '(' && text.charAt(i) != ')') {
                    i++;
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }

    /** Control flow only: the text is not an expression. Carries no stack trace. */
    private static final class NotAnExpression extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAnExpression() {
            super(null, null, false, false);
        }
    }
}

package dev.rampart.secret.internal;

/**
 * The only form in which a secret leaves the scanner: its first characters, then {@code *}.
 *
 * <p>Four characters are shown (enough to tell {@code AKIA} from {@code ASIA} or {@code ghp_} from
 * {@code gho_}), but never more than a quarter of the secret, so a short password is not half
 * printed. The stars stand for the rest, at most {@value #MAX_STARS} of them so that a private
 * key's body does not fill a report. Control characters in the shown part become {@code *} too.
 *
 * <pre>{@code
 * mask("AKIAQ3VZ7XKD2LMNB4PW") -> "AKIA****************"
 * mask("hunter22")             -> "hu******"
 * }</pre>
 */
public final class Redaction {
    public static final int SHOWN = 4;
    public static final int MAX_STARS = 36;

    private Redaction() {}

    public static String mask(String secret) {
        int length = secret.codePointCount(0, secret.length());
        int shown = Math.min(SHOWN, length / 4);
        StringBuilder b = new StringBuilder(shown + MAX_STARS);
        int i = 0;
        for (int k = 0; k < shown; k++) {
            int cp = secret.codePointAt(i);
            i += Character.charCount(cp);
            b.appendCodePoint(Character.isISOControl(cp) || Character.isWhitespace(cp) ? '*' : cp);
        }
        b.repeat('*', Math.min(MAX_STARS, length - shown));
        return b.toString();
    }
}

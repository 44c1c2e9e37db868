package dev.rampart.vulndb.version;

/**
 * ASCII character classes and digit-string arithmetic that several schemes share. The tools they
 * agree with (dpkg, rpm, apk-tools, PHP) classify bytes with the C locale, so letters and digits here
 * are ASCII only.
 */
final class Chars {
    private Chars() {}

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isLetter(char c) {
        return isLower(c) || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlnum(char c) {
        return isDigit(c) || isLetter(c);
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The end of the run of ASCII digits starting at {@code from}. */
    static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Compares two strings of ASCII digits by their value, however long: {@code "010" == "10"},
     * {@code "9" < "10"}. An empty string counts as zero.
     */
    static int compareNumbers(String a, String b) {
        String x = stripZeros(a);
        String y = stripZeros(b);
        if (x.length() != y.length()) {
            return x.length() < y.length() ? -1 : 1;
        }
        return Integer.signum(x.compareTo(y));
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /**
     * Refuses the empty string and any whitespace or control character: no scheme trims, so a blank
     * anywhere is an error upstream that ordering would hide.
     */
    static void requireNoBlanks(VersionScheme scheme, String version) throws InvalidVersionException {
        if (version.isEmpty()) {
            throw new InvalidVersionException(scheme, version, "the version is empty");
        }
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                throw new InvalidVersionException(scheme, version,
                        "whitespace or a control character at index " + i);
            }
        }
    }
}

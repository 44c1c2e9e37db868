package dev.rampart.model;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A content digest as OCI writes it: {@code algorithm:hex}, for example
 * {@code sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae}.
 *
 * <p>Only sha256 and sha512 are accepted (the OCI image spec's registered algorithms); the hex
 * part must be lower case and of the algorithm's length.
 */
public record Digest(String algorithm, String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

    public Digest {
        int expected = switch (algorithm) {
            case "sha256" -> 64;
            case "sha512" -> 128;
            default -> throw new IllegalArgumentException(
                    "unsupported digest algorithm '" + algorithm + "' (expected sha256 or sha512)");
        };
        if (hex.length() != expected || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("invalid " + algorithm + " digest '" + hex
                    + "': expected " + expected + " lower-case hex characters");
        }
    }

    /** Parses {@code sha256:<64 hex>}; the message names the bad value. */
    public static Digest parse(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("invalid digest '" + value + "': expected algorithm:hex");
        }
        return new Digest(value.substring(0, colon), value.substring(colon + 1));
    }

    public static Digest sha256(byte[] raw) {
        return new Digest("sha256", HexFormat.of().formatHex(raw));
    }


    /** The first 12 hex characters, as {@code docker images} shows an id. */
    public String shortHex() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return algorithm + ":" + hex;
    }
}

package dev.rampart.secret.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RedactionAndEntropyTest {
    @Test
    void mask_showsFourCharactersOfALongSecret_andStarsForTheRest() {
        assertThat(Redaction.mask("AKIAQ7ZK3LMNB2XDVW4P")).isEqualTo("AKIA" + "*".repeat(16));
    }

    @Test
    void mask_showsAtMostAQuarterOfAShortSecret() {
        assertThat(Redaction.mask("hunter22")).isEqualTo("hu******");
        assertThat(Redaction.mask("abc")).isEqualTo("***");
    }

    @Test
    void mask_capsTheStars_soAKeyBodyDoesNotFillAReport() {
        assertThat(Redaction.mask("M".repeat(1600))).isEqualTo("MMMM" + "*".repeat(Redaction.MAX_STARS));
    }

    @Test
    void mask_neverShowsLineBreaksOrControlCharacters() {
        assertThat(Redaction.mask("\nab\tcdefghijklmnop")).isEqualTo("*ab*" + "*".repeat(14));
    }

    @Test
    void mask_countsCharactersNotUtf16Units() {
        assertThat(Redaction.mask("🔑🔑🔑🔑🔑🔑🔑🔑")).isEqualTo("🔑🔑********".substring(0, 4 + 6));
    }

    @Test
    void entropy_ofRepeatedAndEvenlySpreadCharacters() {
        assertThat(Entropy.bitsPerChar("")).isZero();
        assertThat(Entropy.bitsPerChar("aaaaaaaa")).isZero();
        assertThat(Entropy.bitsPerChar("abcd")).isCloseTo(2.0, within(1e-9));
        assertThat(Entropy.bitsPerChar("0123456789abcdef")).isCloseTo(4.0, within(1e-9));
        assertThat(Entropy.bitsPerChar("ééaa")).isCloseTo(1.0, within(1e-9));
    }
}

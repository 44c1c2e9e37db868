package dev.rampart.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Rules and files chosen to make a backtracking engine take exponential time: RE2/J stays linear. */
class HostileInputTest {
    @Test
    void catastrophicUserRegex_onAMegabyteOfItsWorstInput_finishesInLinearTime() throws Exception {
        SecretRules rules = SecretRules.parse("hostile.toml", """
                builtin-rules = false
                [[rules]]
                id = "nested-quantifiers"
                title = "(a+)+b, the classic"
                keywords = ["a"]
                regex = '''(a+)+b'''
                [[rules]]
                id = "alternation"
                title = "(a|aa)*c"
                keywords = ["a"]
                regex = '''(?:a|aa)*c'''
                """, SecretLimits.DEFAULT);
        byte[] text = new byte[1 << 20];
        Arrays.fill(text, (byte) 'a');
        long start = System.nanoTime();
        assertThat(SecretScanner.of(rules).scan("/x", text)).isEmpty();
        // a backtracking engine needs 2^n steps on 30 characters already; RE2/J does 1 MiB in well under a second
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(15_000);
    }

    @Test
    void oneHugeLineFullOfKeywords_isScannedWithBuiltInRules() {
        String unit = "password=aaaaaaaa token: ghp_ AKIA -----BEGIN PRIVATE KEY----- eyJ.eyJ. ";
        byte[] text = unit.repeat((int) (SecretLimits.DEFAULT.maxFileBytes() / unit.length() / 2)).getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        assertThat(SecretScanner.of(SecretRules.builtIn()).scan("/var/log/app.log", text)).isEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for " + text.length + " bytes").isLessThan(60_000);
    }
}

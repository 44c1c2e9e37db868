package dev.rampart.secret.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {
    private static BitSet scan(KeywordMatcher m, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return m.scan(b, 0, b.length);
    }

    @Test
    void overlappingKeywords_areAllFound_throughFailureLinks() {
        // the textbook set: "hers" ends inside "ushers", "he" and "she" end at the same byte
        KeywordMatcher m = new KeywordMatcher(List.of(List.of("he"), List.of("she"), List.of("his"), List.of("hers")));
        assertThat(scan(m, "ushers")).isEqualTo(bits(0, 1, 3));
        assertThat(scan(m, "this")).isEqualTo(bits(2));
        assertThat(scan(m, "xyz")).isEqualTo(new BitSet());
    }

    @Test
    void matching_ignoresAsciiCase() {
        KeywordMatcher m = new KeywordMatcher(List.of(List.of("AKIA"), List.of("ghp_")));
        assertThat(scan(m, "id=akia... GHP_x")).isEqualTo(bits(0, 1));
    }

    @Test
    void ruleWithoutKeywords_isNeverReported_andRuleIndexesAreKept() {
        KeywordMatcher m = new KeywordMatcher(List.of(List.of(), List.of("key")));
        assertThat(scan(m, "a key")).isEqualTo(bits(1));
        assertThat(new KeywordMatcher(List.of(List.of())).scan(new byte[] {1, 2}, 0, 2)).isEqualTo(new BitSet());
    }

    @Test
    void nonAsciiKeywords_matchTheirUtf8Bytes() {
        KeywordMatcher m = new KeywordMatcher(List.of(List.of("pässwort")));
        assertThat(scan(m, "PÄSSWORT")).as("only ASCII is folded").isEqualTo(new BitSet());
        assertThat(scan(m, "Pässwort=1")).isEqualTo(bits(0));
        KeywordMatcher upper = new KeywordMatcher(List.of(List.of("PÄSS")));
        assertThat(scan(upper, "päss")).as("Ä is not folded").isEqualTo(new BitSet());
        assertThat(scan(upper, "pÄss")).isEqualTo(bits(0));
    }

    @Test
    void lineStarts_areRecordedOncePerLine_forTheRulesAskedAbout() {
        KeywordMatcher m = new KeywordMatcher(List.of(List.of("key"), List.of("id")));
        byte[] text = "key key\nnothing\nid key\n".getBytes(StandardCharsets.UTF_8);
        KeywordMatcher.Hits hits = m.scan(text, 0, text.length, new boolean[] {true, false});
        assertThat(hits.rules()).isEqualTo(bits(0, 1));
        assertThat(java.util.Arrays.copyOf(hits.lineStarts()[0], hits.lineCounts()[0])).containsExactly(0, 16);
        assertThat(hits.lineStarts()[1]).isNull();
    }

    @Test
    void randomTexts_agreeWithANaiveSearch() {
        Random random = new Random(7);
        String alphabet = "abAB_-";
        for (int round = 0; round < 300; round++) {
            int rules = 1 + random.nextInt(6);
            List<List<String>> keywords = new java.util.ArrayList<>();
            for (int r = 0; r < rules; r++) {
                List<String> ks = new java.util.ArrayList<>();
                for (int k = random.nextInt(3); k >= 0; k--) {
                    ks.add(word(random, alphabet, 1 + random.nextInt(4)));
                }
                keywords.add(ks);
            }
            String text = word(random, alphabet, random.nextInt(60));
            BitSet expected = new BitSet();
            for (int r = 0; r < rules; r++) {
                for (String k : keywords.get(r)) {
                    if (text.toLowerCase(Locale.ROOT).contains(k.toLowerCase(Locale.ROOT))) {
                        expected.set(r);
                    }
                }
            }
            assertThat(scan(new KeywordMatcher(keywords), text)).as(keywords + " in " + text).isEqualTo(expected);
        }
    }

    @Test
    void randomTexts_lineStartsAgreeWithANaiveSearch() {
        Random random = new Random(11);
        String alphabet = "abAB\n\n";
        for (int round = 0; round < 300; round++) {
            List<List<String>> keywords = List.of(List.of(word(random, "abAB", 1 + random.nextInt(3))),
                    List.of(word(random, "abAB", 1 + random.nextInt(3)), word(random, "ab", 2)));
            String text = word(random, alphabet, random.nextInt(80));
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            KeywordMatcher.Hits hits = new KeywordMatcher(keywords).scan(b, 0, b.length, new boolean[] {true, true});
            for (int r = 0; r < keywords.size(); r++) {
                List<Integer> expected = new java.util.ArrayList<>();
                int lineStart = 0;
                for (String line : text.split("\n", -1)) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    if (keywords.get(r).stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)))) {
                        expected.add(lineStart);
                    }
                    lineStart += line.length() + 1;
                }
                int[] starts = hits.lineStarts()[r] == null ? new int[0]
                        : java.util.Arrays.copyOf(hits.lineStarts()[r], hits.lineCounts()[r]);
                assertThat(starts).as(keywords.get(r) + " in " + text.replace("\n", "|"))
                        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    private static String word(Random random, String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }
}

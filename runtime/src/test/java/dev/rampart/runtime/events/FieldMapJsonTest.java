package dev.rampart.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast field-map scanner against Jackson: every line reads the same both ways (same fields and
 * values, or both rejected), for plain lines, lines only Jackson reads, and mutated lines.
 */
class FieldMapJsonTest {

    private static final String PLAIN = "{\"evt.num\":1,\"evt.rawtime\":1714564800000000000,\"evt.dir\":\"<\","
            + "\"proc.pid\":4242,\"proc.name\":\"cat\",\"user.uid\":1000,\"evt.is_open_read\":true,"
            + "\"evt.is_open_write\":false,\"fd.name\":\"/etc/shadow\",\"evt.rawres\":-2,\"container.id\":null}";

    @Test
    void parse_readsPlainLineWithTheScanner() throws IOException {
        assertThat(FieldMapScanner.scan(PLAIN)).isNotNull();
        FieldMapEvent e = FieldMapJson.parse(PLAIN);
        assertThat(e.value("proc.name")).isEqualTo("cat");
        assertThat(e.value("evt.rawres")).isEqualTo(-2L);
        assertThat(e.value("evt.is_open_read")).isEqualTo(true);
        assertThat(e.value("container.id")).isNull();
        assertThat(e.typeIndex()).isEqualTo(-1);
        assertThat(e.timestampNanos()).isEqualTo(1714564800000000000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        PLAIN,
        "{}", " { } ", "\t{\"a.b\" : \"x\" ,\r\n \"c\":1 }\n",
        "{\"proc.name\":\"tab\\there\"}", "{\"proc.name\":\"\\u00e9t\\u00e9\"}", "{\"proc.name\":\"été ✓\"}",
        "{\"proc.na\\u006de\":\"x\"}", "{\"n\":1.5}", "{\"n\":1e3}", "{\"n\":-0}", "{\"n\":-}", "{\"n\":01}",
        "{\"n\":123456789012345678}", "{\"n\":1234567890123456789}", "{\"n\":99999999999999999999999}",
        "{\"n\":-9223372036854775808}", "{\"n\":-9223372036854775809}", "{\"n\":9223372036854775807}",
        "{\"n\":9223372036854775808}", "{\"n\":9223372036854775799}", "{\"n\":-9223372036854775807}",
        "{\"a\":[1,\"x\",null,true]}", "{\"a\":{\"b\":1},\"c\":2}",
        "{\"a\":truex}", "{\"a\":nul}", "{\"a\":true,}", "{,}", "{\"a\":1}{", "{\"a\":1} x", "[1]", "", "   ",
        "{\"a\"1}", "{\"a\":\"unterminated}", "{'a':1}", "{\"a\":\"x\",\"a\":\"y\"}", "{\"a\":\"x\",\"a\":null}",
        "\uFEFF{\"a\":1}", "{\"a\":\"ctl\u0001\"}", "{\"a\":1\u000b}", "{\"a\":+1}", "{\"a\":TRUE}",
        "{\"proc.aname[2]\":\"sshd\",\"evt.type\":\"openat\"}"})
    void parse_readsLikeJackson(String line) {
        assertSameAsJackson(line);
    }

    @Test
    void parse_readsLikeJackson_forMutatedLines() {
        Random r = new Random(11);
        String alphabet = "{}[]\":,\\ \t-+.0123456789eEtrufalsn\u0000\u00e9x";
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder(PLAIN);
            int edits = 1 + r.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int at = r.nextInt(sb.length());
                switch (r.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            lines.add(sb.toString());
        }
        lines.forEach(FieldMapJsonTest::assertSameAsJackson);
    }

    private static void assertSameAsJackson(String line) {
        Map<String, Object> expected = read(line, true);
        Map<String, Object> actual = read(line, false);
        assertThat(actual).as("fields of %s", line).isEqualTo(expected);
    }

    /** The fields as a map, or a map holding only the error class when the line is rejected. */
    private static Map<String, Object> read(String line, boolean jackson) {
        try {
            return (jackson ? FieldMapJson.parseWithJackson(line) : FieldMapJson.parse(line)).asMap();
        } catch (IOException | RuntimeException e) {
            return Map.of("<rejected>", true);
        }
    }
}

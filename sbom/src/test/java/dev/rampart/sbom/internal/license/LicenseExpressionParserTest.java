package dev.rampart.sbom.internal.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LicenseExpressionParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MIT                                        | MIT",
        "mit                                        | MIT",
        "GPL-2.0-or-later                           | GPL-2.0-or-later",
        "GPL-2.0+                                   | GPL-2.0+",
        "GPL-2.0-only+                              | GPL-2.0-only+",
        "MIT AND BSD-3-Clause                       | MIT AND BSD-3-Clause",
        "mit and-not                                | ",
        "MIT OR Apache-2.0 AND Zlib                 | MIT OR Apache-2.0 AND Zlib",
        "(MIT OR Apache-2.0) AND Zlib               | (MIT OR Apache-2.0) AND Zlib",
        "((MIT))                                    | MIT",
        "(MIT AND Zlib) OR ISC                      | MIT AND Zlib OR ISC",
        "GPL-3.0-or-later WITH gcc-exception-3.1    | GPL-3.0-or-later WITH GCC-exception-3.1",
        "LicenseRef-acme AND MIT                    | LicenseRef-acme AND MIT",
        "  MIT    AND(Zlib)                          | MIT AND Zlib",
    })
    void parse_writesCanonicalText(String text, String canonical) {
        Optional<LicenseExpression> parsed = LicenseExpressionParser.parse(text);

        if (canonical == null) {
            assertThat(parsed).isEmpty();
        } else {
            assertThat(parsed).map(LicenseExpression::text).contains(canonical);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GPL-2+",                       // Debian's notation: GPL-2 is not a listed id
        "public-domain",
        "GPL-2+ or Artistic",
        "MIT and BSD-3-Clause",         // operators are upper case
        "MIT AND",
        "AND MIT",
        "(MIT",
        "MIT)",
        "MIT Zlib",
        "MIT WITH GPL-2.0-only",        // not an exception
        "Classpath-exception-2.0",      // an exception is not a license
        "(MIT OR Zlib) WITH Classpath-exception-2.0",
        "LicenseRef-",
        "LicenseRef-a_b",
        "LicenseRef-acme+",
        "DocumentRef-other:LicenseRef-acme",
        "",
        "   ",
    })
    void parse_refusesWhatIsNotAnExpression(String text) {
        assertThat(LicenseExpressionParser.parse(text)).isEmpty();
    }

    @Test
    void parse_groupsAndBeforeOr() {
        LicenseExpression parsed = LicenseExpressionParser.parse("MIT OR Zlib AND ISC").orElseThrow();

        assertThat(parsed).isEqualTo(new LicenseExpression.Or(
                new LicenseExpression.Listed("MIT", false),
                new LicenseExpression.And(new LicenseExpression.Listed("Zlib", false), new LicenseExpression.Listed("ISC", false))));
    }

    @Test
    void parse_refusesNestingDeeperThanTheLimit() {
        int depth = LicenseExpressionParser.MAX_DEPTH;
        String atLimit = "(".repeat(depth) + "MIT" + ")".repeat(depth);
        String overLimit = "(" + atLimit + ")";

        assertThat(LicenseExpressionParser.parse(atLimit)).map(LicenseExpression::text).contains("MIT");
        assertThat(LicenseExpressionParser.parse(overLimit)).isEmpty();
    }

    @Test
    void parse_survivesHostileNesting() {
        assertThat(LicenseExpressionParser.parse("(".repeat(100_000) + "MIT" + ")".repeat(100_000))).isEmpty();
    }

    @Test
    void parse_refusesTextLongerThanTheLimit() {
        String longest = "MIT" + " AND MIT".repeat((LicenseExpressionParser.MAX_LENGTH - 3) / 8);
        String tooLong = longest + " ".repeat(LicenseExpressionParser.MAX_LENGTH - longest.length() + 1);

        assertThat(longest.length()).isLessThanOrEqualTo(LicenseExpressionParser.MAX_LENGTH);
        assertThat(LicenseExpressionParser.parse(longest)).isPresent();
        assertThat(LicenseExpressionParser.parse(tooLong)).isEmpty();
    }

    @Test
    void refs_listsEveryLicenseRefSorted() {
        LicenseExpression parsed = LicenseExpressionParser
                .parse("LicenseRef-z OR (MIT AND LicenseRef-a WITH Classpath-exception-2.0)").orElseThrow();

        assertThat(parsed.refs()).containsExactly("LicenseRef-a", "LicenseRef-z");
    }
}

package dev.rampart.catalog.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class RequirementsParserTest {
    @Test
    void parse_keepsLineOfFirstPhysicalLineOfContinuedRequirement() {
        String text = "# header\nflask==3.0.0 \\\n    --hash=sha256:abc \\\n    --hash=sha256:def\njinja2==3.1.4\n";
        assertThat(RequirementsParser.parse(text).packages())
                .extracting(LockedPackage::name, LockedPackage::version, LockedPackage::line)
                .containsExactly(tuple("flask", "3.0.0", 2), tuple("jinja2", "3.1.4", 5));
    }

    @Test
    void parse_ignoresMarkersExtrasAndInlineComments() {
        String text = "requests[socks,security]==2.31.0; python_version>'3.8' # pinned\nsix==1.16.0#not-a-comment\n";
        assertThat(RequirementsParser.parse(text).packages())
                .extracting(LockedPackage::name, LockedPackage::version)
                .containsExactly(tuple("requests", "2.31.0"));
    }

    @Test
    void parse_reportsNothingForRangesWildcardsUrlsAndOptions() {
        String text = "a>=1\nb==1.*\nc~=1.0\nd!=1\ne @ https://x/e-1.0.zip\n-c constraints.txt\n--pre\nf\ng==1.0,<2\n";
        assertThat(RequirementsParser.parse(text).packages()).isEmpty();
    }
}

package dev.rampart.catalog.ruby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GemspecParserTest {

    @Test
    void literals_readsEveryFormRubyGemsWrites() {
        assertThat(GemspecParser.literals("[\"MIT\".freeze, 'BSD-2-Clause', %q{Ruby}, %q<GPL-2.0>, %Q(Apache-2.0)]"))
                .containsExactly("MIT", "BSD-2-Clause", "Ruby", "GPL-2.0", "Apache-2.0");
        assertThat(GemspecParser.literals("\"say \\\"hi\\\"\".freeze")).containsExactly("say \"hi\"");
    }

    @Test
    void parse_fallsBackToStubLine() throws Exception {
        String spec = "# stub: ffi 1.16.3 x86_64-linux lib\n\nGem::Specification.new do |s|\n  s.summary = \"Ruby FFI\"\nend\n";

        Gem gem = GemspecParser.parse(spec, RubyLimits.DEFAULT);

        assertThat(gem.name()).isEqualTo("ffi");
        assertThat(gem.version()).isEqualTo("1.16.3");
        assertThat(gem.platform()).isEqualTo("x86_64-linux");
    }

    @Test
    void parse_ignoresAttributesOfOtherReceivers() throws Exception {
        String spec = "Gem::Specification.new do |s|\n  s.name = \"rails\"\n  s.version = \"7.1.2\"\n"
                + "  other.name = \"wrong\"\n  s.platform = \"ruby\"\nend\n";

        Gem gem = GemspecParser.parse(spec, RubyLimits.DEFAULT);

        assertThat(gem.name()).isEqualTo("rails");
        assertThat(gem.platform()).isEmpty();
    }

    @Test
    void parse_skipsLinesBeyondMaxLineChars() {
        String spec = "Gem::Specification.new do |s|\n  s.name = \"" + "a".repeat(200) + "\"\n  s.version = \"1.0\"\nend\n";

        assertThatThrownBy(() -> GemspecParser.parse(spec, RubyLimits.DEFAULT.withMaxLineChars(100)))
                .isInstanceOf(RubyFormatException.class)
                .hasMessage("the specification gives no name or no version");
    }

    @Test
    void parse_rejectsFileBeyondMaxDocumentChars() {
        assertThatThrownBy(() -> GemspecParser.parse("#".repeat(101), RubyLimits.DEFAULT.withMaxDocumentChars(100)))
                .isInstanceOf(RubyFormatException.class)
                .hasMessage("file of 101 characters exceeds RubyLimits.maxDocumentChars (100)");
    }

    @Test
    void gemfileLock_rejectsFileWithoutSections() {
        assertThatThrownBy(() -> GemfileLockParser.parse("lodash@^4.17.21:\n  version \"4.17.21\"\n", RubyLimits.DEFAULT))
                .isInstanceOf(RubyFormatException.class)
                .hasMessage("expected a section name in upper case, found 'lodash@^4.17.21:'");
    }

    @Test
    void gemfileLock_skipsSectionsItDoesNotKnow() throws Exception {
        String lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.8)\n\nFUTURE SECTION\n  anything (1.0)\n";

        assertThat(GemfileLockParser.parse(lock, RubyLimits.DEFAULT)).extracting(Gem::name).containsExactly("rack");
    }
}

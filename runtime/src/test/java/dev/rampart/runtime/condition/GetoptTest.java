package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** getopt(3) over an argument list, as libsinsp's getopt() transformer reads it. */
class GetoptTest {

    @Test
    void options_listsFlagsAndValues_inOrder() {
        assertThat(Getopt.of("lp:e:").options(List.of("-l", "-p", "8080", "-e", "/bin/sh")))
                .containsExactly("l", "p", "8080", "e", "/bin/sh");
        assertThat(Getopt.of("xzf:").options(List.of("-xzf", "file.tar.gz"))).containsExactly("x", "z", "f", "file.tar.gz");
        assertThat(Getopt.of("t:").options(List.of("-thello"))).containsExactly("t", "hello");
    }

    @Test
    void options_marksUnknownLettersWithQuestionMark() {
        assertThat(Getopt.of("n").options(List.of("-nx", "-:"))).containsExactly("n", "?", "?");
        assertThat(Getopt.of("@+").options(List.of("-@", "-+"))).containsExactly("@", "+");
    }

    @Test
    void options_givesAnEmptyValueWithoutTheLetter_whenTheValueIsMissing() {
        assertThat(Getopt.of("t:").options(List.of("-t"))).containsExactly("");
        assertThat(Getopt.of(":t:").options(List.of("-t"))).containsExactly("");
        assertThat(Getopt.of("t:").options(List.of("-t", ""))).containsExactly("t", "");
    }

    @Test
    void options_stopsAtDoubleDashAndAtTheFirstOperand_andSkipsLongOptions() {
        assertThat(Getopt.of("nt:").options(List.of("-n", "--", "-t", "x"))).containsExactly("n");
        assertThat(Getopt.of("n").options(List.of("arg", "-n"))).isEmpty();
        assertThat(Getopt.of("n").options(List.of("-", "-n"))).isEmpty();
        assertThat(Getopt.of("n").options(List.of("", "-n"))).isEmpty();
        assertThat(Getopt.of("n").options(List.of("--exec", "-n"))).containsExactly("n");
        assertThat(Getopt.of("").options(List.of("-n"))).containsExactly("?");
    }

    @Test
    void select_givesTheLastValue_theLetterOfAFlag_orNull() {
        Getopt g = Getopt.of("nt:");
        assertThat(g.select(List.of("-n", "-t", "v1", "-t", "v2"), 't')).isEqualTo("v2");
        assertThat(g.select(List.of("-t", "v1", "-t"), 't')).isEmpty();
        assertThat(g.select(List.of("-n"), 'n')).isEqualTo("n");
        assertThat(g.select(List.of("-n"), 't')).isNull();
        assertThat(Getopt.of(":t:").select(List.of("-t:"), 't')).isEqualTo(":");
    }
}

package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.runtime.FilterVectors;
import dev.rampart.runtime.FilterVectors.Vector;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every parser accept/reject call site of libsinsp 0.25.2's filter_parser tests gives the upstream verdict. */
class ConditionParserVectorsTest {

    static Stream<Vector> accepted() {
        return FilterVectors.ofKind("parser_accept").stream();
    }

    static Stream<Vector> rejected() {
        return FilterVectors.ofKind("parser_reject").stream();
    }

    static Stream<Vector> rejectedWithMessage() {
        return FilterVectors.ofKind("parser_reject_msg").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void parse_acceptsUpstreamAcceptCase(Vector v) throws ParseException {
        assertThat(ConditionParser.parse(v.filter())).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void parse_rejectsUpstreamRejectCase(Vector v) {
        assertThatThrownBy(() -> ConditionParser.parse(v.filter())).isInstanceOf(ParseException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedWithMessage")
    void parse_rejectsWithUpstreamMessage(Vector v) {
        assertThatThrownBy(() -> ConditionParser.parse(v.filter()))
                .isInstanceOf(ParseException.class)
                .hasMessage(v.message());
    }
}

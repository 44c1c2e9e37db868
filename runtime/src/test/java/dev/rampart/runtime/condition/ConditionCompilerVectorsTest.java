package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rampart.runtime.FilterVectors;
import dev.rampart.runtime.FilterVectors.Vector;
import dev.rampart.runtime.events.FieldMapEvent;
import dev.rampart.runtime.events.FieldMapFields;
import dev.rampart.runtime.fields.EventTypes;
import dev.rampart.runtime.fields.FieldCatalog;
import dev.rampart.runtime.fields.FieldInfo;
import dev.rampart.runtime.fields.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * libsinsp 0.25.2's filter_compiler call sites: the operator × field-type matrix (compile ok/error,
 * with the number of warnings where upstream counts them), the compile error messages, the filters
 * that must not compile, and the boolean runs on mock fields.
 */
class ConditionCompilerVectorsTest {

    /** The syscall catalog plus libsinsp's mock test fields ({@code c.*}). */
    static final FieldCatalog CATALOG = mockCatalog();

    static FieldCatalog mockCatalog() {
        List<FieldInfo> rows = new ArrayList<>(FieldCatalog.forSource("syscall").fields());
        for (String name : List.of("c.true", "c.false", "c.singlequote", "c.doublequote")) {
            rows.add(new FieldInfo(name, FieldType.CHARBUF, FieldInfo.ArgMode.NONE, false, false, false, false, false,
                    false, "mock"));
        }
        rows.add(new FieldInfo("c.buffer", FieldType.BYTEBUF, FieldInfo.ArgMode.NONE, false, false, false, false, false,
                false, "mock"));
        return FieldCatalog.of("syscall", rows, EventTypes.syscall());
    }

    static CompiledCondition compile(String filter) throws ParseException, CompileException {
        return ConditionCompiler.compile(ConditionParser.parse(filter), CATALOG, FieldMapFields::extractor);
    }

    static Stream<Vector> compileOk() {
        return FilterVectors.ofKind("compile").stream().filter(v -> v.expect().asText().equals("ok"));
    }

    static Stream<Vector> compileError() {
        return FilterVectors.ofKind("compile").stream().filter(v -> v.expect().asText().equals("error"));
    }

    static Stream<Vector> compileMessage() {
        return FilterVectors.ofKind("compile_msg").stream();
    }

    static Stream<Vector> notCompiling() {
        return FilterVectors.ofKind("filter_not_compiles").stream();
    }

    static Stream<Vector> mockRuns() {
        return FilterVectors.ofKind("run_mock").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compileOk")
    void compile_acceptsUpstreamOkCase(Vector v) throws Exception {
        CompiledCondition c = compile(v.filter());
        if (v.warnings() >= 0) {
            assertThat(c.warnings()).as("warnings of %s", v.filter()).hasSize(v.warnings());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compileError")
    void compile_rejectsUpstreamErrorCase(Vector v) {
        assertThatThrownBy(() -> compile(v.filter())).isInstanceOfAny(CompileException.class, ParseException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compileMessage")
    void compile_rejectsWithUpstreamMessage(Vector v) {
        assertThatThrownBy(() -> compile(v.filter())).isInstanceOf(CompileException.class).hasMessage(v.message());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCompiling")
    void compile_rejectsFilterUpstreamCannotCompile(Vector v) {
        Throwable t = catchThrowable(() -> compile(v.filter()));
        assertThat(t).isInstanceOfAny(CompileException.class, ParseException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mockRuns")
    void evaluate_matchesUpstreamMockRun(Vector v) throws Exception {
        FieldMapEvent event = FieldMapEvent.of("syscall", Map.of("c.true", "1", "c.false", "0",
                "c.singlequote", "hello 'quoted'", "c.doublequote", "hello \"quoted\""));
        assertThat(compile(v.filter()).predicate().test(event)).isEqualTo(v.expect().asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mockRuns")
    void evaluate_generatedCodeMatchesUpstreamMockRun(Vector v) throws Exception {
        FieldMapEvent event = FieldMapEvent.of("syscall", Map.of("c.true", "1", "c.false", "0",
                "c.singlequote", "hello 'quoted'", "c.doublequote", "hello \"quoted\""));
        assertThat(PredicateCode.generate(compile(v.filter()).predicate()).test(event)).isEqualTo(v.expect().asBoolean());
    }
}

package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.runtime.events.FieldMapEvent;
import dev.rampart.runtime.events.FieldMapFields;
import dev.rampart.runtime.fields.FieldCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** concat(), join() and getopt(): what the parser accepts, what the compiler rejects and how they evaluate. */
class MultiValueTransformersTest {
    private static final FieldCatalog CATALOG = FieldCatalog.forSource("syscall");
    private static final FieldMapEvent EVENT = FieldMapEvent.of("syscall", Map.of("fd.name", "/tmp/file_to_run",
            "fd.directory", "/tmp", "proc.name", "bash", "proc.args", "-c id", "evt.num", 7L));

    private static boolean eval(String filter) throws Exception {
        return compile(filter).predicate().test(EVENT);
    }

    private static CompiledCondition compile(String filter) throws Exception {
        return ConditionCompiler.compile(ConditionParser.parse(filter), CATALOG, FieldMapFields::extractor);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "concat(fd.name, \"x\") = a",
        "concat('a', 1, 0x1f, tolower(fd.name)) = a",
        "fd.name = concat(fd.directory, \"/file_to_run\")",
        "toupper(concat(fd.name, fd.directory)) exists",
        "join(fd.name, (fd.name, 'x', 12, toupper(proc.name))) = a",
        "getopt((\"-n\", proc.name), \"n\")[n] = n",
        "getopt((), \"n\") intersects (n)",
        "concat( fd.name ,fd.directory ) = a",
    })
    void parse_acceptsTransformerArguments(String filter) throws ParseException {
        assertThat(ConditionParser.parse(filter)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "concat(fd.name,) = a | expected field transformer argument",
        "concat(bare, fd.name) = a | expected field transformer argument",
        "join(\"-\", (fd.name,)) = a | expected transformer list argument",
        "join(\"-\", ((fd.name))) = a | expected transformer list argument",
        "join(\"-\", (fd.name) = a | expected a ')' token closing the transformer",
        "getopt((\"-n\", \"x\"), \"n\")[] = n | expected a valid field argument",
        "fd.name = val(concat(fd.name, fd.name)) | expected a field within 'val' transformer",
    })
    void parse_rejectsMalformedArguments(String filter, String message) {
        assertThatThrownBy(() -> ConditionParser.parse(filter)).isInstanceOf(ParseException.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "concat(fd.name) = a | concat() requires at least 2 arguments, got 1",
        "concat(fd.name, evt.num) = a | concat() arguments must be strings, got 'evt.num' of type UINT64",
        "concat(fd.name, len(fd.name)) = a | concat() arguments must be strings, got 'len(fd.name)' of type UINT64",
        "concat(fd.name, (\"a\")) = a | concat() arguments must be strings, got '(\"a\")' of type CHARBUF (a list)",
        "join(\"-\", fd.name) = a | join() second argument must be a list, got 'fd.name'",
        "join((\"-\"), (fd.name)) = a | join() first argument (separator) must be a single value, not a list",
        "join(\"-\", (fd.name), (fd.name)) = a | join() requires exactly 2 arguments: separator and list, got 3",
        "getopt(proc.args, \"nt:\")[t] = a | getopt() first argument must be a list",
        "getopt((\"-n\"), (\"n\")) intersects (n) | getopt() second argument (optstring) must be a single value",
        "getopt((\"-n\")) intersects (n) | getopt() requires exactly 2 arguments: args list and optstring, got 1",
        "getopt((\"-n\"), \"n\")[nt] = n | getopt() field argument must be a single option character, got 'nt'",
        "getopt((\"-n\"), evt.num) intersects (n) | getopt() arguments must be strings",
        "concat(fd.name, fd.name)[x] = a | filter error: transformer 'concat' does not support field arguments",
        "tolower(fd.name, fd.directory) = a | transformer 'tolower' takes 1 argument, got 2",
    })
    void compile_rejectsArgumentsLibsinspRejects(String filter, String message) {
        assertThatThrownBy(() -> compile(filter)).isInstanceOf(CompileException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void concat_joinsStringsFieldsAndTransformers() throws Exception {
        assertThat(eval("concat(fd.directory, concat(\"-\", toupper(proc.name))) = /tmp-BASH")).isTrue();
        assertThat(eval("concat('a', 1) = a1")).isTrue();
        assertThat(eval("len(concat(fd.name, fd.directory)) = 20")).isTrue();
        assertThat(eval("fd.name = concat(fd.directory, \"/file_to_run\")")).isTrue();
        assertThat(eval("fd.name = concat(fd.directory, \"/other\")")).isFalse();
    }

    @Test
    void concat_hasNoValue_whenAnArgumentHasNone() throws Exception {
        assertThat(eval("concat(fd.name, container.id) exists")).isFalse();
        assertThat(eval("concat(fd.name, container.id) != x")).isFalse();
    }

    @Test
    void join_takesItsSeparatorFromAnyValue() throws Exception {
        assertThat(eval("join(proc.name, (fd.directory, 'x', evt.num)) = /tmpbashxbash7")).isTrue();
        assertThat(eval("join(\"-\", ()) = \"\"")).isTrue();
        assertThat(eval("join(\"-\", (getopt((\"-a\", \"-b\", \"v\"), \"ab:\"))) = a-b-v")).isTrue();
    }

    @Test
    void getopt_listsOptionsAndValues() throws Exception {
        assertThat(eval("getopt((\"-lpe\", proc.name), \"lpe:\") intersects (bash)")).isTrue();
        assertThat(eval("len(getopt((\"-x\", \"-n\", \"file\", \"-t\"), \"n\")) = 2")).isTrue();
        assertThat(eval("getopt((\"file\", \"-n\"), \"n\") exists")).isFalse();
    }

    @Test
    void getopt_selectsTheLastValueOfOneOption() throws Exception {
        assertThat(eval("getopt((\"-t\", \"v1\", \"-t\", \"v2\"), \"t:\")[t] = v2")).isTrue();
        assertThat(eval("getopt((\"-n\"), \"nt:\")[t] exists")).isFalse();
        assertThat(eval("getopt((\"-n\"), \"nt:\")[n] = n")).isTrue();
    }
}

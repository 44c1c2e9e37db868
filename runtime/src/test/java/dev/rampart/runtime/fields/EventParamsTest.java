package dev.rampart.runtime.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The event parameter table (syscall-event-params.tsv) and how its print formats render numbers. */
class EventParamsTest {
    private static final EventParams TABLE = EventParams.syscall();

    @Test
    void find_givesTypeAndFormatOfLibscapsEventTable() {
        assertThat(TABLE.find("signalfd4", "<", "flags")).isEqualTo(new EventParams.Param("flags", "FLAGS16", "HEX"));
        assertThat(TABLE.find("open", "<", "mode")).isEqualTo(new EventParams.Param("mode", "UINT32", "OCT"));
        assertThat(TABLE.find("execve", "<", "trusted_exepath")).extracting(EventParams.Param::isNumeric).isEqualTo(false);
        assertThat(TABLE.find("execve", "<", "gid")).extracting(EventParams.Param::isNumeric).isEqualTo(true);
        assertThat(TABLE.size()).isGreaterThan(500);
    }

    @Test
    void find_fallsBackToTheOtherDirection_whenTheParameterIsOnlyThere() {
        assertThat(TABLE.find("setuid", "<", "uid")).isEqualTo(new EventParams.Param("uid", "UID", "DEC"));
        assertThat(TABLE.find("setuid", "<", "nope")).isNull();
        assertThat(TABLE.find("no_such_event", "<", "uid")).isNull();
    }

    @Test
    void rawText_printsHexUpperCaseWithoutPrefix_andOctalWithoutLeadingZero() {
        EventParams.Param flags16 = new EventParams.Param("flags", "FLAGS16", "HEX");
        assertThat(flags16.rawText(512)).isEqualTo("200");
        assertThat(flags16.rawText(0)).isEqualTo("0");
        assertThat(new EventParams.Param("flags", "UINT8", "HEX").rawText(-1)).as("unsigned: cut to 8 bits").isEqualTo("FF");
        assertThat(new EventParams.Param("key", "INT32", "HEX").rawText(-2)).isEqualTo("FFFFFFFE");
        assertThat(new EventParams.Param("addr", "UINT64", "HEX").rawText(-1)).isEqualTo("FFFFFFFFFFFFFFFF");
        EventParams.Param mode = new EventParams.Param("mode", "UINT32", "OCT");
        assertThat(mode.rawText(420)).isEqualTo("644");
        assertThat(mode.argText(420)).isEqualTo("0644");
        assertThat(mode.argText(0)).isEqualTo("0");
        assertThat(new EventParams.Param("size", "INT32", "DEC").rawText(-22)).isEqualTo("-22");
    }

    @Test
    void param_rejectsAnUnknownPrintFormat() {
        assertThatThrownBy(() -> new EventParams.Param("flags", "FLAGS32", "BIN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'BIN'");
    }
}

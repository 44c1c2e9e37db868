package dev.rampart.sbom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniqueRefsTest {

    @Test
    void claim_suffixesRepeats() {
        UniqueRefs refs = new UniqueRefs("|");

        assertThat(refs.claim("a")).isEqualTo("a");
        assertThat(refs.claim("a")).isEqualTo("a|2");
        assertThat(refs.claim("a")).isEqualTo("a|3");
        assertThat(refs.claim("b")).isEqualTo("b");
    }

    @Test
    void claim_neverMakesUpAReservedName() {
        UniqueRefs refs = new UniqueRefs("-");
        refs.reserve("x-2");

        assertThat(refs.claim("x")).isEqualTo("x");
        assertThat(refs.claim("x")).isEqualTo("x-3");
        assertThat(refs.claim("x-2")).isEqualTo("x-2");
    }
}

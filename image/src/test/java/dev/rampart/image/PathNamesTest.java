package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathNamesTest {

    @ParameterizedTest(name = "normalise({0}) = {1}")
    @CsvSource({
            "etc/passwd, /etc/passwd",
            "/etc/passwd, /etc/passwd",
            "./etc//passwd/, /etc/passwd",
            "/a/./b/../c, /a/c",
            "/a/../../etc, /etc",
            "../../../../etc/shadow, /etc/shadow",
            "/.., /",
            "'', /",
            "., /",
            "a/b/../../.., /",
    })
    void normalise_makesAbsoluteAndClampsAtRoot(String path, String expected) {
        assertThat(PathNames.normalise(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "escapesRoot({0}) = {1}")
    @CsvSource({
            "../x, true",
            "./../x, true",
            "a/../../x, true",
            "/../etc/passwd, true",
            "a/b/../../../x, true",
            "a/../b, false",
            "a/b/../../x, false",
            "./a/./b, false",
            "/etc/passwd, false",
            "..foo/bar, false",
            "a/..., false",
            "'', false",
    })
    void escapesRoot_isTrueOnlyWhenDotDotClimbsAboveTheStart(String path, boolean expected) {
        assertThat(PathNames.escapesRoot(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "parent({0}) = {1}")
    @CsvSource({
            "/etc/passwd, /etc",
            "/etc, /",
            "/, /",
            "/usr/lib/os-release, /usr/lib",
    })
    void parent_isTheDirectoryAboveAndRootForTopLevel(String path, String expected) {
        assertThat(PathNames.parent(path)).isEqualTo(expected);
    }
}

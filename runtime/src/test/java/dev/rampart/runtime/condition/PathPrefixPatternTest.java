package dev.rampart.runtime.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pmatch prefixes: whole path components, with glob components matched one component at a time. */
class PathPrefixPatternTest {

    @ParameterizedTest(name = "{0} pmatch {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "/opt/dir/subdir/file.txt | /opt/dir | true",
        "/opt/dir | /opt/dir | true",
        "/opt/dir2 | /opt/dir | false",
        "/opt | /opt/dir | false",
        "/opt//dir/x | /opt/dir/ | true",
        "opt/dir | /opt | true",
        "/anything | / | true",
        "/opt/dir/subdir | /opt/* | true",
        "/opt | /opt/* | false",
        "/opt/dir/subdir | /opt/*/subdir | true",
        "/opt/a/b/subdir | /opt/*/subdir | false",
        "/opt/dir/subdir | /opt/di?/subdir | true",
        "/opt/dir/subdir | /opt/di[r]/subdir | true",
        "/opt/dir/subdir | /opt/di[!r]/subdir | false",
        "/opt/dir/subdir | /opt/*/*/subsubdir | false",
        "/opt/dir | /opt/d\\ir | false",
    })
    void matches_comparesWholeComponents(String path, String prefix, boolean expected) {
        assertThat(PathPrefixPattern.of(List.of(prefix)).matches(path)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"/etc/passwd | true", "/usr/lib/x | true", "/var/lib/x | false",
        "/usr | false"})
    void matches_anyOfSeveralPrefixes(String path, boolean expected) {
        assertThat(PathPrefixPattern.of(List.of("/etc", "/usr/lib", "/var/run*")).matches(path)).isEqualTo(expected);
    }
}

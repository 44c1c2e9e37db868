package dev.rampart.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions. A golden file lives under the module's {@code src/test/resources/golden/};
 * run the tests with {@code -Dgolden.update=true} to rewrite every golden file from the actual
 * output, then review the change as a diff.
 */
public final class Golden {
    private Golden() {}

    public static void assertMatches(String name, String actual) {
        Path file = Path.of("src", "test", "resources", "golden").resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("golden file " + file + " is missing: run with -Dgolden.update=true to create it");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("output against golden file %s (update with -Dgolden.update=true)", file)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

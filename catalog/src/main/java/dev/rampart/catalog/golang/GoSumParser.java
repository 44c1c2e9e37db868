package dev.rampart.catalog.golang;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code go.sum}: lines {@code <module> <version>[/go.mod] <hash>}. Only the hashes of module
 * contents (not of their {@code go.mod} files) are kept, by {@code "<module> <version>"}. A module
 * listed here but not required by {@code go.mod} is not reported on its own: go.sum also keeps
 * hashes of modules that the build list no longer selects.
 * Spec: https://go.dev/ref/mod#go-sum-files
 */
final class GoSumParser {
    private GoSumParser() {}

    static Map<String, String> parse(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 3 && !f[1].endsWith("/go.mod")) {
                out.put(f[0] + " " + f[1], f[2]);
            }
        }
        return out;
    }
}

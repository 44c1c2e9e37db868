package dev.rampart.catalog.golang;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What {@link GoBinaryAnalyzer} found in one Go executable. */
sealed interface GoBinary {

    /**
     * The build information of a Go 1.18+ binary, as {@code go version -m} prints it.
     *
     * @param goVersion the toolchain that built it ({@code go1.22.3})
     * @param path the main package's import path ({@code github.com/evanw/esbuild/cmd/esbuild})
     * @param main the main module, or null for a binary built outside module mode or from GOROOT
     * @param deps the modules compiled in, in the order the linker wrote them
     * @param settings the {@code build} lines ({@code GOARCH=amd64}, {@code vcs.revision=...})
     */
    record BuildInfo(String goVersion, String path, @Nullable Module main, List<Module> deps,
                     Map<String, String> settings) implements GoBinary {
        public BuildInfo {
            deps = List.copyOf(deps);
            settings = Map.copyOf(settings);
        }
    }

    /** A Go binary whose build information could not be read, and why. */
    record Unreadable(String reason) implements GoBinary {}

    /**
     * One module line ({@code mod} or {@code dep}).
     *
     * @param version as written, {@code (devel)} for a main module built from a checkout
     * @param sum the {@code h1:} checksum, or empty
     * @param replace what a {@code =>} line put in its place, or null
     */
    record Module(String path, String version, String sum, @Nullable Module replace) {
        /**
         * The module actually compiled in: the replacement when it is another module version; a
         * replacement by a local directory ({@code => ../lib (devel)}) keeps the required path and version.
         */
        Module effective() {
            return replace != null && !isDirectory(replace.path()) && !replace.version().isEmpty()
                    && !replace.version().equals("(devel)") ? replace : this;
        }

        private static boolean isDirectory(String path) {
            return path.startsWith("./") || path.startsWith("../") || path.startsWith("/") || path.equals(".")
                    || path.equals("..") || (path.length() > 1 && path.charAt(1) == ':');
        }
    }
}

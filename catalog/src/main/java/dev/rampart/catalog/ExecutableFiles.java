package dev.rampart.catalog;

import java.util.Locale;
import java.util.Set;

/**
 * Which files may be executables worth opening, for the analyzers that read build information
 * out of binaries (Go build info, cargo-auditable data): the name-and-size test for
 * {@code wants}, and the ELF magic for {@code wantsContent}. One place, so every binary analyzer
 * offered the same file agrees on it.
 */
public final class ExecutableFiles {
    /** Smaller than any Go or Rust binary (a stripped "hello world" is over 100 KiB) and than any useful ELF test file. */
    public static final int MIN_BYTES = 4096;

    /** Extensions that name something other than an executable: text, source, archives, media, databases. */
    private static final Set<String> NOT_EXECUTABLE = Set.of(
            "txt", "md", "rst", "html", "htm", "css", "js", "mjs", "cjs", "ts", "map", "json", "xml", "yaml", "yml",
            "toml", "ini", "cfg", "conf", "properties", "csv", "log", "py", "pyc", "pyi", "rb", "pl", "pm", "php",
            "java", "class", "jar", "war", "ear", "go", "rs", "c", "h", "cc", "hpp", "sh", "zip", "gz", "tgz", "xz",
            "bz2", "zst", "lz4", "tar", "whl", "egg", "deb", "rpm", "apk", "png", "jpg", "jpeg", "gif", "svg", "ico",
            "webp", "pdf", "ttf", "otf", "woff", "woff2", "mo", "po", "gpg", "pem", "crt", "db", "sqlite", "wasm");

    private ExecutableFiles() {}

    /** By name and size only: large enough, and without an extension that rules an executable out. */
    public static boolean mayBeExecutable(String path, long size) {
        if (size < MIN_BYTES) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || !NOT_EXECUTABLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The ELF magic {@code 0x7f 'E' 'L' 'F'} at the start of the file. */
    public static boolean isElf(byte[] head) {
        return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
    }
}

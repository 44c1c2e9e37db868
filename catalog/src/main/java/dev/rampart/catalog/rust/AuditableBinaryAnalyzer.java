package dev.rampart.catalog.rust;

import dev.rampart.image.EntryAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the crate list that cargo-auditable (https://github.com/rust-secure-code/cargo-auditable)
 * embeds in a Rust executable's {@code .dep-v0} ELF section, while the layer streams past.
 *
 * <p>{@link #wants} judges by name and size only: every regular file of at least
 * {@value #MIN_BYTES} bytes whose extension does not say it is text, an archive or media.
 * {@link #analyze} stops after the first 64 bytes unless they are an ELF header; for ELF files
 * {@link ElfSections} keeps only the part after the loaded segments, where the section lives.
 */
public final class AuditableBinaryAnalyzer implements EntryAnalyzer<RustBinary> {
    static final int MIN_BYTES = 4096;
    static final String SECTION = ".dep-v0";
    private static final Set<String> NOT_EXECUTABLE = Set.of(
            "txt", "md", "html", "htm", "css", "js", "mjs", "cjs", "ts", "map", "json", "xml", "yaml", "yml", "toml",
            "ini", "cfg", "conf", "csv", "log", "py", "pyc", "rb", "pl", "php", "java", "class", "jar", "war", "go",
            "rs", "c", "h", "sh", "zip", "gz", "tgz", "xz", "bz2", "zst", "tar", "whl", "deb", "rpm", "apk", "png",
            "jpg", "jpeg", "gif", "svg", "ico", "pdf", "ttf", "otf", "woff", "woff2", "mo", "po", "pem", "crt", "db",
            "sqlite", "wasm");

    private final RustLimits limits;
    private final AuditDataParser parser;

    public AuditableBinaryAnalyzer() {
        this(RustLimits.DEFAULT);
    }

    public AuditableBinaryAnalyzer(RustLimits limits) {
        this.limits = limits;
        this.parser = new AuditDataParser(limits);
    }

    @Override
    public String name() {
        return "cargo-auditable";
    }

    /** Only ELF files: the magic {@code 0x7f 'E' 'L' 'F'}. */
    @Override
    public boolean wantsContent(Entry entry, byte[] head) {
        return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
    }

    @Override
    public boolean wants(String path, long size) {
        if (size < MIN_BYTES) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || !NOT_EXECUTABLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public @Nullable RustBinary analyze(Entry entry, InputStream content) throws IOException {
        byte[] head = content.readNBytes(64);
        if (!ElfSections.isElf(head)) {
            return null;
        }
        ElfSections.Lookup section = ElfSections.find(head, content, entry.size(), SECTION, limits);
        if (section.problem() != null) {
            return new RustBinary.Unreadable("cargo-auditable data: " + section.problem());
        }
        return section.content() == null ? null : parser.parse(section.content());
    }
}

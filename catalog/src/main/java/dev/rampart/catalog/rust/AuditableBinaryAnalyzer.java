package dev.rampart.catalog.rust;

import dev.rampart.catalog.ExecutableFiles;
import dev.rampart.image.EntryAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the crate list that cargo-auditable (https://github.com/rust-secure-code/cargo-auditable)
 * embeds in a Rust executable's {@code .dep-v0} ELF section, while the layer streams past.
 *
 * <p>{@link #wants} judges by name and size only: every regular file of at least
 * {@value ExecutableFiles#MIN_BYTES} bytes whose extension does not say it is text, an archive or media.
 * {@link #analyze} stops after the first 64 bytes unless they are an ELF header; for ELF files
 * {@link ElfSections} keeps only the part after the loaded segments, where the section lives.
 */
public final class AuditableBinaryAnalyzer implements EntryAnalyzer<RustBinary> {
    static final String SECTION = ".dep-v0";

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

    /** Only ELF files. */
    @Override
    public boolean wantsContent(Entry entry, byte[] head) {
        return ExecutableFiles.isElf(head);
    }

    @Override
    public boolean wants(String path, long size) {
        return ExecutableFiles.mayBeExecutable(path, size);
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

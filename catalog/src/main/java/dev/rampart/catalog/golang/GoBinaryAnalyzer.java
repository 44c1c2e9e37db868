package dev.rampart.catalog.golang;

import dev.rampart.catalog.ExecutableFiles;
import dev.rampart.image.EntryAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the build information of Go executables while their layer streams past, without keeping
 * the binary in memory.
 *
 * <p>{@link #wants} can only judge by name and size, so it takes every regular file of at least
 * {@value ExecutableFiles#MIN_BYTES} bytes whose extension does not say it is text, an archive or media: a Go
 * binary can be called anything. {@link #analyze} then reads the first 64 bytes and stops unless
 * they are an ELF header; for an ELF file it reads the program headers and searches only the
 * writable loaded segments, 16-byte aligned as the linker places {@code .go.buildinfo}, in
 * {@value #CHUNK}-byte steps, and stops at the magic. The {@link BuildInfoDecoder} then reads as
 * many bytes as the strings after it declare, up to {@link GoLimits#maxBuildInfoBytes}.
 *
 * <pre>{@code
 * wants("/usr/local/bin/esbuild", 8_364_032) -> true
 * analyze(...) -> BuildInfo(go1.19, mod github.com/evanw/esbuild (devel), dep golang.org/x/sys v0.0.0-2022...)
 * }</pre>
 */
public final class GoBinaryAnalyzer implements EntryAnalyzer<GoBinary> {
    static final int CHUNK = 64 << 10;
    private static final int ALIGN = 16;

    private final GoLimits limits;

    public GoBinaryAnalyzer() {
        this(GoLimits.DEFAULT);
    }

    public GoBinaryAnalyzer(GoLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "go-binary";
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
    public @Nullable GoBinary analyze(Entry entry, InputStream content) throws IOException {
        ForwardReader in = new ForwardReader(content);
        byte[] head = in.read(ElfSegments.IDENT_BYTES);
        if (!ElfSegments.isElf(head)) {
            return null;
        }
        List<ElfSegments.Range> writable = ElfSegments.writableLoads(head, in, limits.maxProgramHeaderBytes());
        if (writable == null) {
            return null;
        }
        byte[] chunk = new byte[CHUNK];
        for (ElfSegments.Range range : writable) {
            long start = Math.max(range.offset(), in.position());
            start = (start + ALIGN - 1) / ALIGN * ALIGN;
            if (start >= range.end() || !in.skipTo(start)) {
                continue;
            }
            while (in.position() < range.end()) {
                long chunkStart = in.position();
                int n = in.read(chunk, 0, (int) Math.min(CHUNK, range.end() - chunkStart));
                int at = indexOfMagic(chunk, n);
                if (at >= 0) {
                    return new BuildInfoDecoder(java.util.Arrays.copyOfRange(chunk, at, n), n - at, in,
                            limits.maxBuildInfoBytes()).decode();
                }
                if (n < Math.min(CHUNK, range.end() - chunkStart)) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The first 16-byte aligned offset in {@code chunk[0, n)} holding the magic, or -1. Chunks start
     * aligned and are a multiple of 16 long, so an aligned magic never straddles two of them.
     */
    static int indexOfMagic(byte[] chunk, int n) {
        byte[] magic = BuildInfoDecoder.MAGIC;
        outer:
        for (int i = 0; i + magic.length <= n; i += ALIGN) {
            for (int j = 0; j < magic.length; j++) {
                if (chunk[i + j] != magic[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

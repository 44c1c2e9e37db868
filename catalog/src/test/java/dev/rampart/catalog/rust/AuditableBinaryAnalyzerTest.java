package dev.rampart.catalog.rust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rampart.catalog.golang.ElfFileBuilder;
import dev.rampart.image.EntryAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditableBinaryAnalyzerTest {
    private final AuditableBinaryAnalyzer analyzer = new AuditableBinaryAnalyzer();

    @Test
    void analyze_readsCratesFromSectionAfterLoadedSegments() throws IOException {
        byte[] elf = new ElfFileBuilder().data(new byte[5000])
                .section(".comment", "GCC: (Debian 12.2.0-14) 12.2.0\0".getBytes(StandardCharsets.US_ASCII))
                .section(".dep-v0", AuditData.compressed(AuditData.JSON))
                .build();
        RustBinary.Audited r = (RustBinary.Audited) analyze(elf);
        assertThat(r.crates()).extracting(c -> c.name(), c -> c.version(), c -> c.source(), c -> c.kind(), c -> c.root())
                .containsExactly(
                        tuple("adler", "1.0.2", "crates.io", "build", false),
                        tuple("rg", "14.1.0", "crates.io", "runtime", true),
                        tuple("grep-cli", "0.1.10", "local", "runtime", false),
                        tuple("memchr", "2.7.1", "crates.io", "runtime", false),
                        tuple("regex", "1.10.3", "git", "runtime", false));
    }

    @Test
    void analyze_readsThirtyTwoBitBigEndianFiles() throws IOException {
        byte[] elf = new ElfFileBuilder().bits32().bigEndian().data(new byte[5000])
                .section(".dep-v0", AuditData.compressed(AuditData.JSON)).build();
        assertThat(analyze(elf)).isInstanceOf(RustBinary.Audited.class);
    }

    @Test
    void analyze_returnsNothingForElfWithoutTheSectionOrWithoutSectionHeaders() throws IOException {
        assertThat(analyze(new ElfFileBuilder().data(new byte[5000]).section(".comment", new byte[40]).build())).isNull();
        assertThat(analyze(new ElfFileBuilder().data(new byte[5000]).section(".dep-v0", AuditData.compressed(AuditData.JSON))
                .withoutSectionHeaders().build())).isNull();
    }

    @Test
    void analyze_returnsNothingForFileCutBeforeItsSectionHeaders() throws IOException {
        byte[] elf = new ElfFileBuilder().data(new byte[5000]).section(".dep-v0", AuditData.compressed(AuditData.JSON)).build();
        assertThat(analyzer.analyze(entry(elf.length), new ByteArrayInputStream(Arrays.copyOf(elf, elf.length - 100))))
                .isNull();
    }

    @Test
    void analyze_reportsSectionInsideLoadedSegment() throws IOException {
        byte[] elf = new ElfFileBuilder().data(new byte[5000]).loadedSection(".dep-v0", AuditData.compressed(AuditData.JSON))
                .build();
        assertThat(analyze(elf)).isEqualTo(new RustBinary.Unreadable("cargo-auditable data: its .dep-v0 section lies"
                + " inside a loaded segment, which is not kept while reading the stream; not read"));
    }

    @Test
    void analyze_reportsUnloadedPartLargerThanTheLimit() throws IOException {
        byte[] elf = new ElfFileBuilder().data(new byte[5000]).section(".debug_info", new byte[20_000])
                .section(".dep-v0", AuditData.compressed(AuditData.JSON)).build();
        RustBinary r = new AuditableBinaryAnalyzer(new RustLimits(64, 64 << 10, 10_000, 1 << 20))
                .analyze(entry(elf.length), new ByteArrayInputStream(elf));
        assertThat(r).isInstanceOfSatisfying(RustBinary.Unreadable.class, u -> assertThat(u.reason())
                .matches("cargo-auditable data: the \\d+ bytes after its loaded segments are more than the 10000 kept"
                        + " to look for a .dep-v0 section \\(RustLimits.maxUnloadedBytes\\); not searched"));
    }

    @Test
    void analyze_reportsDataThatIsNotZlibOrNotTheExpectedJson() throws IOException {
        assertThat(analyze(withSection("not zlib at all".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(RustBinary.Unreadable.class,
                        u -> assertThat(u.reason()).startsWith("cargo-auditable data is not valid zlib: "));
        assertThat(analyze(withSection(AuditData.compressed("{\"packages\": [")))).isInstanceOfSatisfying(
                RustBinary.Unreadable.class, u -> assertThat(u.reason()).startsWith("cargo-auditable data is not valid JSON: "));
        assertThat(analyze(withSection(AuditData.compressed("{\"crates\": []}"))))
                .isEqualTo(new RustBinary.Unreadable("cargo-auditable data has no \"packages\" array"));
        assertThat(analyze(withSection(AuditData.compressed("{\"packages\": [{\"name\": \"x\", \"source\": \"crates.io\"}]}"))))
                .isEqualTo(new RustBinary.Unreadable("cargo-auditable package #1 has no version"));
        byte[] deep = AuditData.compressed("{\"packages\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        assertThat(analyze(withSection(deep))).isInstanceOfSatisfying(RustBinary.Unreadable.class,
                u -> assertThat(u.reason()).contains("nesting depth"));
    }

    @Test
    void analyze_stopsInflatingAtTheLimit() throws IOException {
        byte[] elf = withSection(AuditData.zlib(new byte[50 << 20]));
        RustBinary r = new AuditableBinaryAnalyzer(new RustLimits(64, 64 << 10, 64 << 20, 1 << 20))
                .analyze(entry(elf.length), new ByteArrayInputStream(elf));
        assertThat(r).isEqualTo(new RustBinary.Unreadable(
                "cargo-auditable data inflates past 1048576 bytes (RustLimits.maxAuditJsonBytes); not read"));
    }

    @Test
    void analyze_rejectsHugeNonElfFileAfterItsFirstBytes() throws IOException {
        long size = 8L << 30;
        long[] read = {0};
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                return read[0] < size ? (int) (read[0]++ & 0x7f) : -1;
            }
        };
        assertThat(analyzer.analyze(new EntryAnalyzer.Entry("/data/model.bin", 0, size, 0644), huge)).isNull();
        assertThat(read[0]).isLessThanOrEqualTo(64);
    }

    @Test
    void analyze_ignoresElfWhoseProgramHeadersLieBeyondTheLimit() throws IOException {
        byte[] elf = withSection(AuditData.compressed(AuditData.JSON));
        java.nio.ByteBuffer.wrap(elf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(32, 1L << 40);
        assertThat(analyze(elf)).isNull();
        RustBinary limited = new AuditableBinaryAnalyzer(new RustLimits(64, 100, 64 << 20, 1 << 20))
                .analyze(entry(elf.length), new ByteArrayInputStream(withSection(AuditData.compressed(AuditData.JSON))));
        assertThat(limited).isNull();
    }

    @Test
    void wants_largeFilesExceptTextArchivesAndMedia() {
        assertThat(analyzer.wants("/usr/local/bin/rg", 5_000_000)).isTrue();
        assertThat(analyzer.wants("/usr/local/bin/rg", 1000)).isFalse();
        assertThat(analyzer.wants("/srv/index.html", 5_000_000)).isFalse();
        assertThat(analyzer.wants("/srv/app.tar.gz", 5_000_000)).isFalse();
    }

    private static byte[] withSection(byte[] content) {
        return new ElfFileBuilder().data(new byte[5000]).section(".dep-v0", content).build();
    }

    private RustBinary analyze(byte[] elf) throws IOException {
        return analyzer.analyze(entry(elf.length), new ByteArrayInputStream(elf));
    }

    private static EntryAnalyzer.Entry entry(long size) {
        return new EntryAnalyzer.Entry("/usr/local/bin/rg", 0, size, 0755);
    }
}

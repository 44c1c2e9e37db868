package dev.rampart.catalog.golang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.image.EntryAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GoBinaryAnalyzerTest {
    static final String MOD_INFO = String.join("\n",
            "path\texample.com/app/cmd/app",
            "mod\texample.com/app\t(devel)\t",
            "dep\tgithub.com/BurntSushi/toml\tv1.3.2\th1:o7IhLm0Msx3BaB+n3Ag7L8EVlByGnpq14C4YWiu/gL8=",
            "dep\tgolang.org/x/net\tv0.17.0",
            "=>\tgolang.org/x/net\tv0.23.0\th1:7EYJ93RZ9vYSZAIb2x3lnuvqO5zneoD6IvWjuhfxjTs=",
            "dep\texample.com/lib\tv1.2.3",
            "=>\t../lib\t(devel)\t",
            "build\t-compiler=gc",
            "build\t-ldflags=\"-s -w -X main.version=1.0\"",
            "build\tGOARCH=arm64",
            "build\tvcs.revision=04ef75fd7ff534a636962f14e11d224c84aa2020",
            "");

    private final GoBinaryAnalyzer analyzer = new GoBinaryAnalyzer();

    @Test
    void analyze_readsVersionModulesReplacementsAndSettings() throws IOException {
        byte[] elf = new ElfFileBuilder().data(BuildInfoBlobs.inline("go1.22.3", MOD_INFO)).build();
        GoBinary.BuildInfo info = (GoBinary.BuildInfo) analyze(elf);
        assertThat(info.goVersion()).isEqualTo("go1.22.3");
        assertThat(info.path()).isEqualTo("example.com/app/cmd/app");
        assertThat(info.main()).isEqualTo(new GoBinary.Module("example.com/app", "(devel)", "", null));
        assertThat(info.deps()).extracting(d -> d.effective().path() + "@" + d.effective().version())
                .containsExactly("github.com/BurntSushi/toml@v1.3.2", "golang.org/x/net@v0.23.0", "example.com/lib@v1.2.3");
        assertThat(info.deps().get(1).effective().sum()).isEqualTo("h1:7EYJ93RZ9vYSZAIb2x3lnuvqO5zneoD6IvWjuhfxjTs=");
        assertThat(info.settings()).containsEntry("GOARCH", "arm64")
                .containsEntry("-ldflags", "-s -w -X main.version=1.0")
                .containsEntry("vcs.revision", "04ef75fd7ff534a636962f14e11d224c84aa2020");
    }

    @Test
    void analyze_readsThirtyTwoBitAndBigEndianFiles() throws IOException {
        byte[] blob = BuildInfoBlobs.inline("go1.21.0", MOD_INFO);
        for (ElfFileBuilder b : new ElfFileBuilder[] {new ElfFileBuilder().bits32(), new ElfFileBuilder().bigEndian(),
                new ElfFileBuilder().bits32().bigEndian()}) {
            assertThat(analyze(b.data(blob).build())).isInstanceOf(GoBinary.BuildInfo.class);
        }
    }

    @Test
    void analyze_findsMagicPastFirstChunkOfDataSegment() throws IOException {
        byte[] elf = new ElfFileBuilder()
                .data(new byte[GoBinaryAnalyzer.CHUNK + 48])
                .data(BuildInfoBlobs.inline("go1.20.5", MOD_INFO))
                .build();
        assertThat(analyze(elf)).isInstanceOfSatisfying(GoBinary.BuildInfo.class,
                i -> assertThat(i.goVersion()).isEqualTo("go1.20.5"));
    }

    @Test
    void analyze_ignoresMagicOutsideWritableSegmentsOrUnaligned() throws IOException {
        byte[] blob = BuildInfoBlobs.inline("go1.22.3", MOD_INFO);
        assertThat(analyze(new ElfFileBuilder().text(blob).data(new byte[64]).build())).isNull();
        byte[] unaligned = new byte[blob.length + 8];
        System.arraycopy(blob, 0, unaligned, 8, blob.length);
        assertThat(analyze(new ElfFileBuilder().data(unaligned).build())).isNull();
    }

    @Test
    void analyze_reportsPointerFormOfOldGoAsUnreadable() throws IOException {
        GoBinary r = analyze(new ElfFileBuilder().data(BuildInfoBlobs.pointerForm()).build());
        assertThat(r).isInstanceOfSatisfying(GoBinary.Unreadable.class, u -> assertThat(u.reason())
                .startsWith("Go build information in the pointer-based form of Go 1.17 and earlier (pointer size 8)"));
    }

    @Test
    void analyze_reportsBinaryCutInsideModuleTextAsUnreadable() throws IOException {
        byte[] elf = new ElfFileBuilder().data(BuildInfoBlobs.inline("go1.22.3", MOD_INFO)).build();
        int magic = indexOf(elf, BuildInfoBlobs.MAGIC);
        byte[] cut = Arrays.copyOf(elf, magic + 100);
        assertThat(analyze(cut)).isEqualTo(new GoBinary.Unreadable(
                "Go build information is cut off in its strings: the file ends at byte " + (magic + 100)));
        assertThat(analyze(Arrays.copyOf(elf, magic + 20))).isEqualTo(new GoBinary.Unreadable(
                "Go build information is cut off in its header: the file ends at byte " + (magic + 20)));
    }

    @Test
    void analyze_refusesStringsLongerThanTheLimit() throws IOException {
        java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
        blob.writeBytes(Arrays.copyOf(BuildInfoBlobs.inline("go1.22.3", ""), 32));
        BuildInfoBlobs.uvarint(blob, 1L << 40);
        GoBinary r = new GoBinaryAnalyzer(new GoLimits(64 << 10, 1 << 20))
                .analyze(entry(), new ByteArrayInputStream(new ElfFileBuilder().data(blob.toByteArray()).build()));
        assertThat(r).isEqualTo(new GoBinary.Unreadable("Go build information declares a 1099511627776-byte string,"
                + " more than the 1048576 bytes read (GoLimits.maxBuildInfoBytes)"));
    }

    @Test
    void analyze_returnsNothingForElfWithoutBuildInfo() throws IOException {
        assertThat(analyze(new ElfFileBuilder().data(new byte[8192]).build())).isNull();
    }

    @Test
    void analyze_rejectsHugeNonElfFileAfterItsFirstBytes() throws IOException {
        CountingStream huge = new CountingStream(8L << 30);
        assertThat(analyzer.analyze(new EntryAnalyzer.Entry("/data/blob", 0, 8L << 30, 0644), huge)).isNull();
        assertThat(huge.read).isLessThanOrEqualTo(64);
    }

    @Test
    void analyze_rejectsElfWhoseProgramHeadersLieBeyondTheLimit() throws IOException {
        byte[] elf = new ElfFileBuilder().data(BuildInfoBlobs.inline("go1.22.3", MOD_INFO)).build();
        java.nio.ByteBuffer.wrap(elf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(32, 1L << 40);
        assertThat(analyze(elf)).isNull();
    }

    @Test
    void wants_largeFilesExceptTextArchivesAndMedia() {
        assertThat(analyzer.wants("/usr/local/bin/esbuild", 8_364_032)).isTrue();
        assertThat(analyzer.wants("/usr/lib/libfoo.so.1", 100_000)).isTrue();
        assertThat(analyzer.wants("/app/server.bin", 100_000)).isTrue();
        assertThat(analyzer.wants("/usr/local/bin/esbuild", 100)).isFalse();
        assertThat(analyzer.wants("/app/bundle.JS", 100_000)).isFalse();
        assertThat(analyzer.wants("/app/lib/x.jar", 100_000)).isFalse();
        assertThat(analyzer.wants("/usr/share/doc/README.md", 100_000)).isFalse();
    }

    private GoBinary analyze(byte[] file) throws IOException {
        return analyzer.analyze(entry(), new ByteArrayInputStream(file));
    }

    private static EntryAnalyzer.Entry entry() {
        return new EntryAnalyzer.Entry("/usr/bin/app", 0, 1 << 20, 0755);
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A stream of {@code size} bytes made on demand that counts what was read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (int) (read++ & 0x7f) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) 'A');
            read += n;
            return n;
        }
    }
}

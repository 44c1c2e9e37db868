package dev.rampart.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HeaderDecoderTest {
    private static final String FILE = "/var/lib/rpm/rpmdb.sqlite";

    private static RpmPackage decode(byte[] blob) throws RpmFormatException {
        return decode(blob, RpmLimits.DEFAULT);
    }

    private static RpmPackage decode(byte[] blob, RpmLimits limits) throws RpmFormatException {
        ReadContext context = new ReadContext(FILE, limits, Long.MAX_VALUE);
        return HeaderDecoder.decode(ByteView.ofBlob(blob, ByteOrder.BIG_ENDIAN, FILE, "row hnum 7"), context);
    }

    private static void putInt(byte[] blob, int pos, int value) {
        ByteBuffer.wrap(blob).putInt(pos, value);
    }

    @Test
    void decode_readsEveryTagAndJoinsDirectoriesWithBasenames() throws Exception {
        byte[] blob = HeaderBlobBuilder.minimal("bash")
                .withRegion()
                .int32s(1003, 2)
                .string(1011, "SUSE LLC <https://www.suse.com/>")
                .string(1014, "GPL-3.0-or-later")
                .string(1044, "bash-4.4-19.6.1.src.rpm")
                .strings(1118, "/bin/", "/etc/skel/")
                .strings(1117, "bash", ".bashrc", "sh")
                .int32s(1116, 0, 1, 0)
                .build();

        RpmPackage p = decode(blob);

        assertThat(p).isEqualTo(new RpmPackage("bash", 2, "1.0", "1", "x86_64", "bash-4.4-19.6.1.src.rpm",
                "GPL-3.0-or-later", "SUSE LLC <https://www.suse.com/>", java.util.List.of("/bin/bash", "/etc/skel/.bashrc", "/bin/sh")));
        assertThat(p.evr()).isEqualTo("2:1.0-1");
    }

    @Test
    void decode_leavesAbsentTagsEmptyAndEpochNull() throws Exception {
        byte[] blob = new HeaderBlobBuilder().string(1000, "gpg-pubkey").string(1001, "fd431d51").string(1002, "4ae0493b")
                .build();

        RpmPackage p = decode(blob);

        assertThat(p.epoch()).isNull();
        assertThat(p.arch()).isEmpty();
        assertThat(p.sourceRpm()).isEmpty();
        assertThat(p.license()).isEmpty();
        assertThat(p.files()).isEmpty();
        assertThat(p.evr()).isEqualTo("fd431d51-4ae0493b");
    }

    @Test
    void decode_readsOldFilenames_whenHeaderHasNoBasenames() throws Exception {
        byte[] blob = HeaderBlobBuilder.minimal("old").strings(1027, "/usr/bin/old", "/etc/old.conf").build();

        assertThat(decode(blob).files()).containsExactly("/usr/bin/old", "/etc/old.conf");
    }

    @Test
    void decode_letsLaterEntryWin_whenATagRepeats() throws Exception {
        byte[] blob = HeaderBlobBuilder.minimal("pkg").string(1014, "GPLv2").string(1014, "MIT").build();

        assertThat(decode(blob).license()).isEqualTo("MIT");
    }

    @Test
    void decode_skipsUnknownTagsOfAnyType() throws Exception {
        byte[] blob = HeaderBlobBuilder.minimal("pkg").raw(5000, 99, new byte[3], 1_000_000).build();

        assertThat(decode(blob).name()).isEqualTo("pkg");
    }

    @Test
    void decode_rejectsBlobShorterThanPreamble() {
        assertThatThrownBy(() -> decode(new byte[5]))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(FILE + ": row hnum 7: header blob of 5 bytes is shorter than its 8-byte preamble at offset 0x0 of the record");
    }

    @Test
    void decode_rejectsTruncatedBlob() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").build();

        assertThatThrownBy(() -> decode(Arrays.copyOf(blob, blob.length - 1)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("row hnum 7: header declares 4 index entries and 18 data bytes (90 bytes) but the blob holds only 89 at offset 0x0 of the record");
    }

    @Test
    void decode_rejectsIndexCountAboveLimit() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").build();
        putInt(blob, 0, 70_000);

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("header declares 70000 index entries, more than the limit of 65536 (RpmLimits.maxHeaderEntries)");
    }

    @Test
    void decode_rejectsHugeDataLengthWithoutAllocating() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").build();
        putInt(blob, 4, -1);

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("bytes, more than the limit of 67108864 (RpmLimits.maxHeaderBytes)");
    }

    @Test
    void decode_rejectsEmptyIndex() {
        assertThatThrownBy(() -> decode(new byte[8]))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("header declares no index entries");
    }

    @Test
    void decode_rejectsOffsetOutsideDataStore() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").build();
        putInt(blob, 8 + 8, 0x7fff_0000); // offset of NAME

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("tag NAME (1000) points at data offset 2147418112, outside the 18-byte data store at offset 0x8 of the record");
    }

    @Test
    void decode_rejectsStringWithoutTerminator() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").build();
        blob[blob.length - 1] = 'x'; // the NUL ending ARCH, the last string

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("a string of tag ARCH (1022) runs past the end of the data store");
    }

    @Test
    void decode_rejectsWrongType() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").int32s(1014, 5).build();

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("tag LICENSE (1014) has type 4, expected a string");
    }

    @Test
    void decode_rejectsMissingName() {
        byte[] blob = new HeaderBlobBuilder().string(1001, "1").string(1002, "1").build();

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(FILE + ": row hnum 7: header has no NAME (1000) tag, which every package has");
    }

    @Test
    void decode_rejectsNegativeEpoch() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").int32s(1003, -1).build();

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("tag EPOCH (1003) holds 4294967295, not a usable epoch");
    }

    @Test
    void decode_rejectsDirectoryIndexOutOfRange() {
        byte[] blob = HeaderBlobBuilder.minimal("bash")
                .strings(1118, "/bin/").strings(1117, "bash").int32s(1116, 1).build();

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("package bash: file 0 names directory 1 of only 1 DIRNAMES (1118)");
    }

    @Test
    void decode_rejectsBasenamesWithoutDirnames() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").strings(1117, "bash").int32s(1116, 0).build();

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("package bash has BASENAMES (1117) but no DIRNAMES (1118)");
    }

    @Test
    void decode_rejectsCountMismatchBetweenBasenamesAndDirindexes() {
        byte[] blob = HeaderBlobBuilder.minimal("bash")
                .strings(1118, "/bin/").strings(1117, "bash", "sh").int32s(1116, 0).build();

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("package bash has 2 BASENAMES (1117) but 1 DIRINDEXES (1116)");
    }

    @Test
    void decode_rejectsStringCountLargerThanDataCanHold() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").raw(1027, 8, new byte[] {'a', 0}, 1000).build();

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("tag OLDFILENAMES (1027) declares 1000 strings in the 2 data bytes after its offset");
    }

    @Test
    void decode_rejectsIntegerArrayRunningPastDataStore() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").raw(1003, 4, new byte[4], 2).build();

        assertThatThrownBy(() -> decode(blob))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("tag EPOCH (1003) declares 2 32-bit values at data offset");
    }

    @Test
    void decode_rejectsMoreFilesThanLimit() {
        byte[] blob = HeaderBlobBuilder.minimal("bash").strings(1027, "/a", "/b", "/c").build();

        assertThatThrownBy(() -> decode(blob, RpmLimits.DEFAULT.withMaxFilesPerPackage(2)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("tag OLDFILENAMES (1027) declares 3 values, more than the limit of 2 (RpmLimits.maxFilesPerPackage)");
    }

    @Test
    void decode_rejectsPathLongerThanLimit() {
        byte[] blob = HeaderBlobBuilder.minimal("bash")
                .strings(1118, "/" + "d".repeat(20) + "/").strings(1117, "file").int32s(1116, 0).build();

        assertThatThrownBy(() -> decode(blob, RpmLimits.DEFAULT.withMaxPathLength(16)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("package bash lists a file path of 26 characters, more than the limit of 16 (RpmLimits.maxPathLength)");
    }

    @Test
    void decode_stopsDirectoryReuseFromAmplifyingPaths() {
        // one 4000-character directory named once, reused by every file: 5 bytes of blob per 4000-character path
        int files = 1000;
        String[] bases = new String[files];
        int[] indexes = new int[files];
        Arrays.fill(bases, "f");
        byte[] blob = HeaderBlobBuilder.minimal("bomb")
                .strings(1118, "/" + "d".repeat(3998) + "/").strings(1117, bases).int32s(1116, indexes).build();

        assertThatThrownBy(() -> decode(blob, RpmLimits.DEFAULT.withMaxTotalPathChars(1_000_000)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("package bomb: file paths of the database exceed 1000000 characters, the limit (RpmLimits.maxTotalPathChars)");
    }
}

package dev.rampart.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdbReaderTest {
    private static final String PATH = "/usr/lib/sysimage/rpm/Packages.db";
    private static final List<byte[]> HEADERS = List.of(
            HeaderBlobBuilder.minimal("bash").withRegion().strings(1118, "/bin/").strings(1117, "bash").int32s(1116, 0).build(),
            HeaderBlobBuilder.minimal("glibc").build());
    /** Slot n (0-based) of the first slot page. */
    private static final int SLOT0 = 32;
    private static final int SLOT1 = 48;

    private static List<RpmPackage> read(byte[] file) throws RpmFormatException {
        return RpmDatabase.read(PATH, file);
    }

    private static byte[] file() {
        return NdbFileBuilder.build(HEADERS);
    }

    private static byte[] with(byte[] file, int pos, int value) {
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(pos, value);
        return file;
    }

    @Test
    void read_returnsPackagesInIndexOrder() throws Exception {
        List<RpmPackage> packages = read(file());

        assertThat(packages).extracting(RpmPackage::name).containsExactly("bash", "glibc");
        assertThat(packages.getFirst().files()).containsExactly("/bin/bash");
    }

    @Test
    void read_findsSlotsOnLaterSlotPages() throws Exception {
        byte[] file = NdbFileBuilder.build(HEADERS, 2);
        // move the second package's slot from the first slot page to the second
        byte[] slot = Arrays.copyOfRange(file, SLOT1, SLOT1 + 16);
        System.arraycopy(slot, 0, file, NdbFileBuilder.PAGE + 16 * 10, 16);
        with(file, SLOT1 + 4, 0);
        with(file, SLOT1 + 8, 0);
        with(file, SLOT1 + 12, 0);

        assertThat(read(file)).extracting(RpmPackage::name).containsExactly("bash", "glibc");
    }

    @Test
    void read_returnsNothing_whenEverySlotIsFree() throws Exception {
        assertThat(read(NdbFileBuilder.build(List.of()))).isEmpty();
    }

    @Test
    void read_rejectsUnknownVersion() {
        assertThatThrownBy(() -> read(with(file(), 4, 1)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": unsupported NDB version 1 (only version 0 exists) at file offset 0x4");
    }

    @Test
    void read_rejectsSlotPagesBeyondFile() {
        assertThatThrownBy(() -> read(with(file(), 12, 1000)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("header declares 1000 slot pages but the file holds");
    }

    @Test
    void read_rejectsCorruptSlotMagic() {
        assertThatThrownBy(() -> read(with(file(), SLOT1, 0)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": slot 3 has no slot magic 'Slot' at file offset 0x30");
    }

    @Test
    void read_rejectsSlotPointingPastEndOfFile() {
        assertThatThrownBy(() -> read(with(file(), SLOT1 + 12, 1_000_000)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("slot 3 (package index 2) points at blocks")
                .hasMessageContaining("outside the data blocks");
    }

    @Test
    void read_rejectsSlotPointingIntoSlotPages() {
        assertThatThrownBy(() -> read(with(file(), SLOT0 + 8, 3)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("slot 2 (package index 1) points at blocks 3..");
    }

    @Test
    void read_rejectsTruncatedFile() {
        byte[] file = file();

        assertThatThrownBy(() -> read(Arrays.copyOf(file, file.length - 16)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("slot 3 (package index 2) points at blocks");
    }

    @Test
    void read_rejectsOverlappingBlobs() {
        byte[] file = file();
        int firstBlkoff = NdbFileBuilder.PAGE / NdbFileBuilder.BLOCK;
        with(file, SLOT1 + 8, firstBlkoff + 1);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("the blobs of package indexes 1 and 2 overlap");
    }

    @Test
    void read_rejectsDuplicatePackageIndex() {
        assertThatThrownBy(() -> read(with(file(), SLOT1 + 4, 1)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("two slots hold package index 1");
    }

    @Test
    void read_rejectsBlobWithoutHeadMagic() {
        int blob = NdbFileBuilder.blobStart(HEADERS, 1);

        assertThatThrownBy(() -> read(with(file(), blob, 0)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": package index 2: blob has no head magic 'BlbS' at file offset 0x" + Integer.toHexString(blob));
    }

    @Test
    void read_rejectsBlobOfAnotherPackage() {
        int blob = NdbFileBuilder.blobStart(HEADERS, 1);

        assertThatThrownBy(() -> read(with(file(), blob + 4, 9)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("package index 2: blob belongs to package index 9, not to its slot's");
    }

    @Test
    void read_rejectsBlobLengthDisagreeingWithBlockCount() {
        int blob = NdbFileBuilder.blobStart(HEADERS, 1);

        assertThatThrownBy(() -> read(with(file(), blob + 12, 5000)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("blob of 5000 bytes needs 315 blocks but its slot gives");
    }

    @Test
    void read_rejectsBlobLengthAboveLimit() {
        int blob = NdbFileBuilder.blobStart(HEADERS, 1);

        assertThatThrownBy(() -> read(with(file(), blob + 12, -1)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("blob declares 4294967295 bytes, more than the limit of 67108864 (RpmLimits.maxHeaderBytes)");
    }

    @Test
    void read_rejectsBlobWithoutTailMagic() {
        byte[] file = file();

        assertThatThrownBy(() -> read(with(file, file.length - 4, 0)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("package index 2: blob has no tail magic 'BlbE'");
    }

    @Test
    void read_rejectsTailLengthDisagreeingWithHead() {
        byte[] file = file();

        assertThatThrownBy(() -> read(with(file, file.length - 8, 1)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("blob tail gives length 1 but its head");
    }

    @Test
    void read_namesPackageIndex_whenHeaderInsideBlobIsCorrupt() {
        int blob = NdbFileBuilder.blobStart(HEADERS, 1);
        byte[] file = file();
        ByteBuffer.wrap(file).putInt(blob + 16, 0); // index count of glibc's header

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": package index 2: header declares no index entries at file offset 0x"
                        + Integer.toHexString(blob + 16));
    }

    @Test
    void read_rejectsMorePackagesThanLimit() {
        assertThatThrownBy(() -> RpmDatabase.read(PATH, file(), RpmLimits.DEFAULT.withMaxPackages(1)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": holds more than 1 packages, the limit (RpmLimits.maxPackages)");
    }
}

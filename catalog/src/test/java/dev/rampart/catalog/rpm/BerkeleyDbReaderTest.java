package dev.rampart.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BerkeleyDbReaderTest {
    private static final String PATH = "/var/lib/rpm/Packages";
    private static final int PAGE = 4096;
    /** Files enough that a header spans several overflow pages even at 4096 bytes a page. */
    private static final byte[] BIG = bigHeader("bash", 2000);
    private static final byte[] SMALL = HeaderBlobBuilder.minimal("glibc").build();
    /** Page layout of {@link #file()}: 0 metadata, 1 hash page of bash, bash's overflow pages, glibc's hash and overflow page. */
    private static final int BIG_OVERFLOW_PAGES = (BIG.length + PAGE - 27) / (PAGE - 26);
    private static final int GLIBC_HASH_PAGE = 2 + BIG_OVERFLOW_PAGES;
    private static final int LAST_PAGE = GLIBC_HASH_PAGE + 1;

    private static byte[] bigHeader(String name, int files) {
        String[] bases = IntStream.range(0, files).mapToObj(i -> "file" + i).toArray(String[]::new);
        return HeaderBlobBuilder.minimal(name).withRegion()
                .strings(1118, "/usr/share/" + name + "/")
                .strings(1117, bases)
                .int32s(1116, new int[files])
                .build();
    }

    private static List<RpmPackage> read(byte[] file) throws RpmFormatException {
        return RpmDatabase.read(PATH, file);
    }

    /** Bash (with rpm's key-0 record) on hash page 1 and in overflow pages from 2, then glibc. */
    private static byte[] file() {
        return new BerkeleyDbFileBuilder(ByteOrder.LITTLE_ENDIAN, PAGE).build(List.of(BIG, SMALL));
    }

    private static ByteBuffer le(byte[] file) {
        return ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The off-page item of bash: the last item packed at the bottom of hash page 1. */
    private static int bashOffPageItem(byte[] file) {
        return PAGE + (le(file).getShort(PAGE + 26 + 2 * 3) & 0xffff);
    }

    @ParameterizedTest(name = "{0} bytes a page, {1}")
    @CsvSource({
        "512, LITTLE_ENDIAN", "512, BIG_ENDIAN",
        "1024, LITTLE_ENDIAN", "2048, BIG_ENDIAN",
        "4096, LITTLE_ENDIAN", "4096, BIG_ENDIAN",
        "8192, LITTLE_ENDIAN", "16384, BIG_ENDIAN",
        "32768, LITTLE_ENDIAN", "65536, LITTLE_ENDIAN", "65536, BIG_ENDIAN"})
    void read_readsEveryPageSizeInBothByteOrders(int pageSize, String order) throws Exception {
        ByteOrder byteOrder = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        byte[] file = new BerkeleyDbFileBuilder(byteOrder, pageSize).build(List.of(BIG, SMALL));

        List<RpmPackage> packages = read(file);

        assertThat(packages).extracting(RpmPackage::name).containsExactly("bash", "glibc");
        assertThat(packages.getFirst().files()).hasSize(2000).contains("/usr/share/bash/file1999");
    }

    @Test
    void read_readsValuesStoredInlineOnHashPage() throws Exception {
        byte[] file = new BerkeleyDbFileBuilder(ByteOrder.LITTLE_ENDIAN, PAGE).inlineValues().build(List.of(SMALL));

        assertThat(read(file)).extracting(RpmPackage::name).containsExactly("glibc");
    }

    @Test
    void read_readsUnsortedHashPagesOfOldBerkeleyDb() throws Exception {
        byte[] file = new BerkeleyDbFileBuilder(ByteOrder.BIG_ENDIAN, 512).unsortedHashPages().build(List.of(SMALL));

        assertThat(read(file)).extracting(RpmPackage::name).containsExactly("glibc");
    }

    @Test
    void read_rejectsEncryptedDatabase() {
        byte[] file = file();
        file[24] = 1;

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": database is encrypted (algorithm 1) at file offset 0x18");
    }

    @Test
    void read_rejectsChecksummedPages() {
        byte[] file = file();
        file[26] = 1;

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("database has checksummed pages, which rpm does not write");
    }

    @Test
    void read_rejectsPageSizeNotPowerOfTwo() {
        assertThatThrownBy(() -> read(le(file()).putInt(20, 3000).array()))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("page size 3000 is not a power of two from 512 to 65536");
    }

    @Test
    void read_rejectsNonHashMetadataPage() {
        byte[] file = file();
        file[25] = 9;

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("metadata page has type 9, not the hash metadata type 8");
    }

    @Test
    void read_rejectsTruncatedFile() {
        byte[] file = file();

        assertThatThrownBy(() -> read(Arrays.copyOf(file, file.length - 1)))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("metadata declares " + (LAST_PAGE + 1) + " pages of 4096 bytes but the file holds "
                        + ((LAST_PAGE + 1) * PAGE - 1) + " bytes at file offset 0x20");
    }

    @Test
    void read_rejectsFileShorterThanMetadataPage() {
        byte[] file = Arrays.copyOf(file(), 100);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": BerkeleyDB file of 100 bytes is shorter than its 512-byte metadata page");
    }

    @Test
    void read_rejectsBtreeDatabase() {
        byte[] file = le(file()).putInt(12, 0x053162).array();

        assertThatThrownBy(() -> RpmDatabase.read("/tmp/Name", file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("not an rpm database");
    }

    @Test
    void read_rejectsOddItemCount() {
        byte[] file = file();
        le(file).putShort(PAGE + 20, (short) 3);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": hash page 1 declares 3 items, not key/value pairs that fit the page at file offset 0x1014");
    }

    @Test
    void read_rejectsItemOffsetInsideIndex() {
        byte[] file = file();
        le(file).putShort(PAGE + 26 + 2 * 2, (short) 4);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("item 2 of hash page 1 spans bytes 4..")
                .hasMessageContaining("outside the item area of the page");
    }

    @Test
    void read_rejectsKeyThatIsNotAHeaderNumber() {
        byte[] file = file();
        int key = PAGE + (le(file).getShort(PAGE + 26 + 2 * 2) & 0xffff);
        file[key] = 2;

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("key 1 of hash page 1 is not a 4-byte header number");
    }

    @Test
    void read_rejectsDuplicateItems() {
        byte[] file = file();
        file[bashOffPageItem(file)] = 4;

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("header number 1 on hash page 1: value has item kind 4, not key/data (1) or off-page (3)");
    }

    @Test
    void read_rejectsOverflowChainPointingPastLastPage() {
        byte[] file = file();
        le(file).putInt(bashOffPageItem(file) + 4, 99);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage(PATH + ": header number 1 on hash page 1: overflow chain points at page 99, past the last page " + LAST_PAGE);
    }

    @Test
    void read_rejectsOverflowChainThatLoops() {
        byte[] file = file();
        le(file).putInt(2 * PAGE + 16, 2); // overflow page 2 continues on itself

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("overflow chain reaches page 2, which a value has already used");
    }

    @Test
    void read_rejectsTwoValuesSharingOverflowPages() {
        byte[] file = file();
        int glibcItem = GLIBC_HASH_PAGE * PAGE + (le(file).getShort(GLIBC_HASH_PAGE * PAGE + 26 + 2) & 0xffff);
        le(file).putInt(glibcItem + 4, 2).putInt(glibcItem + 8, BIG.length);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("header number 2 on hash page " + GLIBC_HASH_PAGE
                        + ": overflow chain reaches page 2, which a value has already used");
    }

    @Test
    void read_rejectsOverflowChainReachingHashPage() {
        byte[] file = file();
        le(file).putInt(bashOffPageItem(file) + 4, 1);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("overflow chain reaches page 1 of type 13, not an overflow page (7)");
    }

    @Test
    void read_rejectsOverflowPageClaimingMoreThanFits() {
        byte[] file = file();
        le(file).putShort(2 * PAGE + 22, (short) 5000);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("overflow page 2 holds 5000 bytes, more than fit the page");
    }

    @Test
    void read_rejectsOverflowChainShorterThanDeclaredLength() {
        byte[] file = file();
        le(file).putInt(bashOffPageItem(file) + 8, BIG.length + 10);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("overflow chain ends after " + BIG.length + " of the value's " + (BIG.length + 10) + " bytes");
    }

    @Test
    void read_rejectsValueLengthAboveLimit() {
        byte[] file = file();
        le(file).putInt(bashOffPageItem(file) + 8, -1);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("value declares 4294967295 bytes, more than the limit of 67108864 (RpmLimits.maxHeaderBytes)");
    }
}

package dev.rampart.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.catalog.rpm.RpmDatabase.Format;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RpmDatabaseTest {
    private static final byte[] SQLITE = Arrays.copyOf("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 100);
    private static final byte[] NDB = NdbFileBuilder.build(List.of());
    private static final byte[] BDB_LE = new BerkeleyDbFileBuilder(ByteOrder.LITTLE_ENDIAN, 512).build(List.of());
    private static final byte[] BDB_BE = new BerkeleyDbFileBuilder(ByteOrder.BIG_ENDIAN, 512).build(List.of());

    @ParameterizedTest
    @ValueSource(strings = {
        "/usr/lib/sysimage/rpm/rpmdb.sqlite", "/var/lib/rpm/rpmdb.sqlite",
        "/usr/lib/sysimage/rpm/Packages.db", "/var/lib/rpm/Packages.db",
        "/usr/lib/sysimage/rpm/Packages", "/var/lib/rpm/Packages"})
    void isDatabasePath_acceptsWhereImagesKeepTheDatabase(String path) {
        assertThat(RpmDatabase.isDatabasePath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/var/lib/rpm/Name", "/var/lib/rpm/Index.db", "/var/lib/rpm/rpmdb.sqlite-wal", "/var/lib/rpm/packages",
        "var/lib/rpm/Packages", "/opt/var/lib/rpm/Packages", "/var/lib/rpm/", "/usr/share/rpm/Packages"})
    void isDatabasePath_rejectsOtherFiles(String path) {
        assertThat(RpmDatabase.isDatabasePath(path)).isFalse();
    }

    @Test
    void formatOf_tellsFormatsByMagic() throws Exception {
        assertThat(RpmDatabase.formatOf("/var/lib/rpm/rpmdb.sqlite", SQLITE)).isEqualTo(Format.SQLITE);
        assertThat(RpmDatabase.formatOf("/var/lib/rpm/Packages.db", NDB)).isEqualTo(Format.NDB);
        assertThat(RpmDatabase.formatOf("/var/lib/rpm/Packages", BDB_LE)).isEqualTo(Format.BERKELEY_DB);
        assertThat(RpmDatabase.formatOf("/var/lib/rpm/Packages", BDB_BE)).isEqualTo(Format.BERKELEY_DB);
        assertThat(RpmDatabase.formatOf("/somewhere/else", NDB)).isEqualTo(Format.NDB);
    }

    @Test
    void formatOf_rejectsMagicOfAnotherFormatThanTheNameSays() {
        assertThatThrownBy(() -> RpmDatabase.formatOf("/var/lib/rpm/Packages", SQLITE))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage("/var/lib/rpm/Packages: named like a BERKELEY_DB rpm database but its magic bytes are SQLITE's");
    }

    @Test
    void formatOf_rejectsBytesWithoutMagic() {
        assertThatThrownBy(() -> RpmDatabase.formatOf("/var/lib/rpm/Packages.db", new byte[10]))
                .isInstanceOf(RpmFormatException.class)
                .hasMessage("/var/lib/rpm/Packages.db: not an rpm database: no SQLite, NDB or BerkeleyDB hash magic"
                        + " (its name says NDB) in its 10 bytes");
    }

    @Test
    void read_rejectsEmptyFile() {
        assertThatThrownBy(() -> RpmDatabase.read("/var/lib/rpm/rpmdb.sqlite", new byte[0]))
                .isInstanceOf(RpmFormatException.class)
                .hasMessageContaining("not an rpm database");
    }

    @Test
    void read_returnsNoPackages_fromEmptyDatabases() throws Exception {
        assertThat(RpmDatabase.read("/var/lib/rpm/Packages.db", NDB)).isEmpty();
        assertThat(RpmDatabase.read("/var/lib/rpm/Packages", BDB_BE)).isEmpty();
    }

    @Test
    void limits_rejectNonPositiveValues() {
        assertThatThrownBy(() -> RpmLimits.DEFAULT.withMaxPackages(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("every rpm limit must be positive");
    }

    @Test
    void rpmPackage_rejectsBlankNameAndNegativeEpoch() {
        assertThatThrownBy(() -> new RpmPackage(" ", null, "1", "1", "", "", "", "", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rpm package has a blank name");
        assertThatThrownBy(() -> new RpmPackage("bash", -1, "1", "1", "", "", "", "", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rpm package bash has a negative epoch -1");
    }
}

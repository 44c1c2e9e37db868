package dev.rampart.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rampart.testkit.Corpus;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Feeds the readers real databases cut short and with bytes overwritten, from a fixed seed: every
 * read must either succeed or fail with an {@link RpmFormatException} naming the file, never with
 * an unchecked exception.
 */
class RpmDatabaseCorruptionTest {
    private static final long SEED = 20_251_128L;

    /** Reads and returns null, or the message of the RpmFormatException; anything else fails the test. */
    private static String outcome(String path, byte[] content, String mutation) {
        try {
            RpmDatabase.read(path, content);
            return null;
        } catch (RpmFormatException e) {
            assertThat(e.getMessage()).as(mutation).startsWith(path + ": ").doesNotContain("\n");
            return e.getMessage();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(mutation + ": " + path + " threw " + e, e);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "pkgdb/rpmdb/sle15-bci/Packages.db, /usr/lib/sysimage/rpm/Packages.db, 400",
        "pkgdb/rpmdb/libuuid/Packages, /var/lib/rpm/Packages, 400",
        "pkgdb/rpmdb/cbl-mariner-2.0/rpmdb.sqlite, /var/lib/rpm/rpmdb.sqlite, 40"})
    void read_failsCleanly_onTruncatedAndOverwrittenFiles(String corpusPath, String path, int mutations) throws Exception {
        byte[] original = Files.readAllBytes(Corpus.resolve(corpusPath));
        Random random = new Random(SEED);
        int failures = 0;
        for (int i = 0; i < mutations; i++) {
            byte[] mutated;
            String mutation;
            if (i % 4 == 0) {
                int length = random.nextInt(original.length);
                mutated = Arrays.copyOf(original, length);
                mutation = "truncated to " + length + " bytes";
            } else {
                mutated = original.clone();
                StringBuilder positions = new StringBuilder("overwrote bytes at");
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    // aim half the writes at the first pages, where the structure the readers trust lives
                    int pos = random.nextBoolean() ? random.nextInt(Math.min(original.length, 8192))
                            : random.nextInt(original.length);
                    mutated[pos] = (byte) random.nextInt(256);
                    positions.append(' ').append(pos);
                }
                mutation = positions.toString();
            }
            if (outcome(path, mutated, mutation) != null) {
                failures++;
            }
        }
        assertThat(failures).as("mutations the reader refused").isPositive();
    }

    @Test
    void decode_failsCleanly_onOverwrittenRealHeader() throws Exception {
        byte[] header = realHeader("bash");
        Random random = new Random(SEED);
        String file = "/var/lib/rpm/rpmdb.sqlite";
        int refused = 0;
        for (int i = 0; i < 5000; i++) {
            byte[] mutated = header.clone();
            // the index (where counts, offsets and types live) is the part worth hitting hardest
            int indexEnd = Math.min(mutated.length, 8 + 16 * 60);
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                mutated[random.nextInt(indexEnd)] = (byte) random.nextInt(256);
            }
            try {
                HeaderDecoder.decode(ByteView.ofBlob(mutated, ByteOrder.BIG_ENDIAN, file, "row hnum 3"),
                        new ReadContext(file, RpmLimits.DEFAULT, Long.MAX_VALUE));
            } catch (RpmFormatException e) {
                assertThat(e.getMessage()).startsWith(file + ": row hnum 3: ");
                refused++;
            } catch (RuntimeException e) {
                fail("mutation " + i + " threw " + e, e);
            }
        }
        assertThat(refused).isPositive();
    }

    /** The header blob of one package of the Mariner SQLite database, read with plain JDBC. */
    private static byte[] realHeader(String name) throws Exception {
        String url = "jdbc:sqlite:file:" + Corpus.resolve("pkgdb/rpmdb/cbl-mariner-2.0/rpmdb.sqlite") + "?immutable=1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT blob FROM Packages")) {
            while (rows.next()) {
                byte[] blob = rows.getBytes(1);
                RpmPackage p = HeaderDecoder.decode(ByteView.ofBlob(blob, ByteOrder.BIG_ENDIAN, "", ""),
                        new ReadContext("", RpmLimits.DEFAULT, Long.MAX_VALUE));
                if (p.name().equals(name)) {
                    return blob;
                }
            }
        }
        throw new AssertionError("no package " + name + " in the Mariner database");
    }
}

package dev.rampart.vulndb.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.Corpus;
import dev.rampart.testkit.ZipBuilder;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.store.Origin;
import dev.rampart.vulndb.store.StoreException;
import dev.rampart.vulndb.store.VulnStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvImporterTest {
    private static final String LOG4J = "osv/ghsa/GHSA-jfh8-c2jp-5v3q.json";

    @TempDir
    Path dir;

    private final OsvImporter importer = new OsvImporter(Limits.DEFAULT, Clock.systemUTC());

    private Path db() {
        return dir.resolve("vulndb.sqlite");
    }

    private ImportResult run(OsvSource... sources) throws ImportException {
        return importer.importInto(db(), List.of(sources), OsvImporter.OnSourceFailure.ABORT, p -> {});
    }

    private static byte[] corpusBytes(String path) throws IOException {
        return Files.readAllBytes(Corpus.resolve(path));
    }

    private static Path resource(String path) throws URISyntaxException {
        return Path.of(OsvImporterTest.class.getResource("/imports/" + path).toURI());
    }

    private Path zip(String name, ZipBuilder zip) throws IOException {
        return Files.write(dir.resolve(name), zip.build());
    }

    private List<String> ids(String ecosystem, String name) throws StoreException {
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            return store.lookup(ecosystem, name).stream().map(OsvRecord::id).toList();
        }
    }

    private List<String> filesBesideTheDatabase() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("vulndb.sqlite")).sorted().toList();
        }
    }

    @Test
    void importInto_readsAZipADirectoryAndASingleJsonFileInOneCall() throws Exception {
        ImportResult r = run(OsvSource.of(Corpus.resolve("osv/crates.io-all.zip")),
                OsvSource.of(Corpus.resolve("osv/distro/debian")), OsvSource.of(Corpus.resolve(LOG4J)));

        assertThat(r.sources()).extracting(s -> ((ImportResult.SourceOutcome.Read) s).records())
                .containsExactly(1_206L, 5L, 1L);
        assertThat(r.read()).isEqualTo(1_212);
        assertThat(r.recordsPerSecond()).isPositive();
        assertThat(r.status().ecosystems()).containsOnlyKeys("crates.io", "Debian", "Maven");
        assertThat(r.status().sources()).extracting(s -> s.origin().location()).containsExactlyInAnyOrder(
                Corpus.resolve("osv/crates.io-all.zip").toString(), Corpus.resolve("osv/distro/debian").toString(),
                Corpus.resolve(LOG4J).toString());
        assertThat(ids("Maven", "org.apache.logging.log4j:log4j-core")).containsExactly("GHSA-jfh8-c2jp-5v3q");
        assertThat(ids("Debian", "dpkg")).containsExactly("DLA-3022-1");
    }

    @Test
    void importInto_skipsBadRecordsAndNamesEachOne() throws Exception {
        Path zip = zip("mixed.zip", new ZipBuilder()
                .file("GHSA-jfh8-c2jp-5v3q.json", corpusBytes(LOG4J))
                .file("truncated.json", Files.readAllBytes(resource("bad-records/truncated.json")))
                .file("no-id.json", Files.readAllBytes(resource("bad-records/no-id.json")))
                .file("unknown-range-type.json", Files.readAllBytes(resource("bad-records/unknown-range-type.json")))
                .file("README.txt", "not a record, not counted"));

        ImportResult r = run(OsvSource.of(zip));

        assertThat(r.read()).isEqualTo(1);
        assertThat(r.skippedCount()).isEqualTo(3);
        assertThat(r.sources()).containsExactly(new ImportResult.SourceOutcome.Read(r.sources().getFirst().origin(), 1, 3));
        assertThat(r.skipped()).extracting(ImportResult.Skipped::entry)
                .containsExactly("truncated.json", "no-id.json", "unknown-range-type.json");
        assertThat(r.skipped()).extracting(ImportResult.Skipped::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith(zip + "!truncated.json: not valid JSON: "),
                reason -> assertThat(reason).isEqualTo(zip + "!no-id.json: OSV record has no id"),
                reason -> assertThat(reason).isEqualTo(zip + "!unknown-range-type.json (BAD-RANGE-1): range type"
                        + " 'CALVER' is not ECOSYSTEM, SEMVER or GIT"));
        assertThat(ids("Maven", "org.apache.logging.log4j:log4j-core")).containsExactly("GHSA-jfh8-c2jp-5v3q");
    }

    @Test
    void importInto_skipsARecordNestedDeeperThanTheParserAllows() throws Exception {
        String deep = "{\"id\":\"DEEP-1\",\"modified\":\"2024-01-01T00:00:00Z\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        Path zip = zip("deep.zip", new ZipBuilder().file("DEEP-1.json", deep).file("GHSA.json", corpusBytes(LOG4J)));

        ImportResult r = run(OsvSource.of(zip));

        assertThat(r.read()).isEqualTo(1);
        assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .startsWith(zip + "!DEEP-1.json: not valid JSON: ").contains("nesting depth"));
    }

    @Test
    void importInto_rejectsAFileThatIsNotAZip_namingIt_andLeavesTheDatabaseUnchanged() throws Exception {
        run(OsvSource.of(Corpus.resolve(LOG4J)));
        byte[] before = Files.readAllBytes(db());
        Path notZip = Files.writeString(dir.resolve("Go-all.zip"), "<html>503 Service Unavailable</html>");

        assertThatThrownBy(() -> run(OsvSource.of(Corpus.resolve("osv/crates.io-all.zip")), OsvSource.of(notZip)))
                .isInstanceOf(ImportException.class)
                .hasMessage(notZip + ": not a zip archive (zip END header not found); nothing was imported, " + db()
                        + " is unchanged");

        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertThat(filesBesideTheDatabase()).containsExactly("vulndb.sqlite", "vulndb.sqlite.lock");
    }

    @Test
    void importInto_namesAMissingSource() {
        Path missing = dir.resolve("nowhere/PyPI-all.zip");

        assertThatThrownBy(() -> run(OsvSource.of(missing))).isInstanceOf(ImportException.class)
                .hasMessage(missing + ": no such file or directory; nothing was imported, " + db() + " is unchanged");
    }

    @Test
    void importInto_failsOnACorruptZipEntry_namingTheEntry() throws Exception {
        byte[] record = corpusBytes(LOG4J);
        byte[] zip = new ZipBuilder().stored("GHSA-jfh8-c2jp-5v3q.json", record).build();
        int at = indexOf(zip, "log4j-core".getBytes(StandardCharsets.US_ASCII));
        zip[at] = 'L';
        Path file = Files.write(dir.resolve("corrupt.zip"), zip);

        assertThatThrownBy(() -> run(OsvSource.of(file))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ": entry GHSA-jfh8-c2jp-5v3q.json is corrupt (invalid entry CRC");
        assertThat(db()).doesNotExist();
    }

    /**
     * The interrupted import: a source fails after handing over 1,000 real records, once with an
     * I/O error and once with an unchecked exception (what a crash of the reading code looks like).
     */
    @Test
    void importInto_leavesThePreviousDatabaseUsableWhenASourceThrowsMidImport() throws Exception {
        run(OsvSource.of(Corpus.resolve("osv/ghsa")));

        assertThatThrownBy(() -> run(OsvSource.of(Corpus.resolve("osv/crates.io-all.zip")),
                new FailingSource(Corpus.resolve("osv/Go-all.zip"), 1_000, new IOException("connection reset"))))
                .isInstanceOf(ImportException.class)
                .hasMessage("Go-all.zip (failing after 1000): connection reset; nothing was imported, " + db()
                        + " is unchanged");
        assertThatThrownBy(() -> run(new FailingSource(Corpus.resolve("osv/Go-all.zip"), 1_000,
                new IllegalStateException("simulated crash")))).isInstanceOf(IllegalStateException.class);

        assertThat(ids("Maven", "org.apache.logging.log4j:log4j-core")).hasSize(5);
        assertThat(ids("Go", "stdlib")).isEmpty();
        assertThat(ids("crates.io", "openssl")).isEmpty();
        assertThat(filesBesideTheDatabase()).containsExactly("vulndb.sqlite", "vulndb.sqlite.lock");
    }

    @Test
    void importInto_withSkipSource_keepsTheOtherSourcesAndReportsTheFailedOne() throws Exception {
        FailingSource failing = new FailingSource(Corpus.resolve("osv/Go-all.zip"), 1_000, new IOException("reset"));

        ImportResult r = importer.importInto(db(), List.of(OsvSource.of(Corpus.resolve("osv/crates.io-all.zip")),
                failing, OsvSource.of(Corpus.resolve(LOG4J))), OsvImporter.OnSourceFailure.SKIP_SOURCE, p -> {});

        assertThat(r.sources()).hasSize(3);
        assertThat(r.sources().get(1)).isEqualTo(new ImportResult.SourceOutcome.Failed(failing.origin(),
                "Go-all.zip (failing after 1000): reset"));
        assertThat(r.read()).isEqualTo(1_207);
        assertThat(r.status().ecosystems()).containsOnlyKeys("crates.io", "Maven");
        assertThat(r.status().sources()).extracting(s -> s.origin().name()).doesNotContain(failing.origin().name());
        assertThat(ids("Go", "stdlib")).isEmpty();
    }

    @Test
    void importInto_replacesARecordOnlyWithALaterModified() throws Exception {
        run(OsvSource.of(Corpus.resolve("osv/ghsa")));
        String original = new String(corpusBytes(LOG4J), StandardCharsets.UTF_8);
        String modified = original.substring(original.indexOf("\"modified\": \"") + 13).substring(0, 20);
        Path newer = Files.writeString(dir.resolve("newer.json"), original
                .replace("\"modified\": \"" + modified, "\"modified\": \"2030-01-01T00:00:00Z")
                .replace("\"summary\": \"", "\"summary\": \"NEWER "));
        Path older = Files.writeString(dir.resolve("older.json"), original
                .replace("\"modified\": \"" + modified, "\"modified\": \"2001-01-01T00:00:00Z")
                .replace("\"summary\": \"", "\"summary\": \"OLDER "));

        ImportResult again = run(OsvSource.of(Corpus.resolve("osv/ghsa")));
        ImportResult r = run(OsvSource.of(older), OsvSource.of(newer));

        assertThat(again.added()).isZero();
        assertThat(again.keptNewer()).isEqualTo(55);
        assertThat(r.keptNewer()).isEqualTo(1);
        assertThat(r.replaced()).isEqualTo(1);
        try (VulnStore store = VulnStore.openReadOnly(db())) {
            assertThat(store.lookup("Maven", "org.apache.logging.log4j:log4j-core"))
                    .filteredOn(x -> x.id().equals("GHSA-jfh8-c2jp-5v3q")).singleElement()
                    .satisfies(x -> assertThat(x.summary()).startsWith("NEWER "));
        }
    }

    @Test
    void importInto_reportsProgressPerSource() throws Exception {
        List<ImportProgress> events = new ArrayList<>();

        importer.importInto(db(), List.of(OsvSource.of(Corpus.resolve("osv/Go-all.zip"))),
                OsvImporter.OnSourceFailure.ABORT, events::add);

        Origin go = OsvSource.of(Corpus.resolve("osv/Go-all.zip")).origin();
        assertThat(events).containsExactly(new ImportProgress.SourceStarted(go),
                new ImportProgress.Records(go, 1_000), new ImportProgress.Records(go, 2_000),
                new ImportProgress.Records(go, 3_000), new ImportProgress.Records(go, 4_000),
                new ImportProgress.SourceFinished(new ImportResult.SourceOutcome.Read(go, 4_291, 0)));
    }

    @Test
    void limits_maxEntriesFailsASourceWithMoreEntries() throws Exception {
        Path zip = zip("three.zip", new ZipBuilder().file("a.json", "{}").file("b.json", "{}").file("c.json", "{}"));
        OsvImporter small = new OsvImporter(Limits.DEFAULT.withMaxEntries(2), Clock.systemUTC());

        assertThatThrownBy(() -> small.importInto(db(), List.of(OsvSource.of(zip)), OsvImporter.OnSourceFailure.ABORT,
                p -> {})).isInstanceOf(ImportException.class).hasMessageStartingWith(
                        zip + ": holds more than 2 entries (Limits.maxEntries)");
    }

    @Test
    void limits_maxRecordBytesSkipsALargerRecord() throws Exception {
        byte[] log4j = corpusBytes(LOG4J);
        Path zip = zip("sizes.zip", new ZipBuilder().file("big.json", log4j)
                .file("small.json", corpusBytes("osv/distro/alpine/ALPINE-CVE-2025-26519.json")));
        OsvImporter small = new OsvImporter(Limits.DEFAULT.withMaxRecordBytes(log4j.length - 1), Clock.systemUTC());

        ImportResult r = small.importInto(db(), List.of(OsvSource.of(zip)), OsvImporter.OnSourceFailure.ABORT, p -> {});

        assertThat(r.read()).isEqualTo(1);
        assertThat(r.skipped()).containsExactly(new ImportResult.Skipped(zip.toString(), "big.json",
                "record is larger than " + (log4j.length - 1) + " bytes (Limits.maxRecordBytes)"));
    }

    @Test
    void limits_maxSourceBytesFailsASourceThatInflatesFurther() throws Exception {
        byte[] record = corpusBytes(LOG4J);
        Path zip = zip("bomb.zip", new ZipBuilder().file("a.json", record).file("b.json", record));
        OsvImporter small = new OsvImporter(Limits.DEFAULT.withMaxSourceBytes(record.length + 100), Clock.systemUTC());

        assertThatThrownBy(() -> small.importInto(db(), List.of(OsvSource.of(zip)), OsvImporter.OnSourceFailure.ABORT,
                p -> {})).isInstanceOf(ImportException.class).hasMessageStartingWith(
                        zip + ": inflates to more than " + (record.length + 100) + " bytes (Limits.maxSourceBytes)");
    }

    @Test
    void limits_maxSkippedListedBoundsTheNamesKeptButAllAreCounted() throws Exception {
        ZipBuilder builder = new ZipBuilder();
        for (int i = 0; i < 5; i++) {
            builder.file("bad-" + i + ".json", "not json");
        }
        OsvImporter small = new OsvImporter(Limits.DEFAULT.withMaxSkippedListed(2), Clock.systemUTC());

        ImportResult r = small.importInto(db(), List.of(OsvSource.of(zip("bad.zip", builder))),
                OsvImporter.OnSourceFailure.ABORT, p -> {});

        assertThat(r.skippedCount()).isEqualTo(5);
        assertThat(r.skipped()).extracting(ImportResult.Skipped::entry).containsExactly("bad-0.json", "bad-1.json");
    }

    @Test
    void ofPath_readsDirectoriesRecursivelyAndIgnoresFilesNotNamedJson() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
        Files.write(tree.resolve("GHSA-jfh8-c2jp-5v3q.json"), corpusBytes(LOG4J));
        Files.write(dir.resolve("tree/ALPINE.JSON"), corpusBytes("osv/distro/alpine/ALPINE-CVE-2025-26519.json"));
        Files.writeString(dir.resolve("tree/a/notes.md"), "# not a record");

        ImportResult r = run(OsvSource.of(dir.resolve("tree")));

        assertThat(r.read()).isEqualTo(2);
        assertThat(r.skippedCount()).isZero();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    /** Hands over the records of a real zip, then fails after {@code after} of them. */
    private record FailingSource(Path zip, int after, Exception failure) implements OsvSource {

        @Override
        public Origin origin() {
            String name = zip.getFileName() + " (failing after " + after + ")";
            return Origin.of(name, name);
        }

        @Override
        public void read(Limits limits, Visitor visitor) throws IOException, StoreException {
            try (ZipFile z = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = z.entries();
                for (int i = 0; entries.hasMoreElements(); i++) {
                    if (i == after) {
                        switch (failure) {
                            case IOException io -> throw io;
                            case RuntimeException unchecked -> throw unchecked;
                            default -> throw new AssertionError(failure);
                        }
                    }
                    ZipEntry e = entries.nextElement();
                    visitor.record(e.getName(), z.getInputStream(e).readAllBytes());
                }
            }
        }
    }
}

package dev.rampart.vulndb.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.Corpus;
import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvParser;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.store.VulnStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every OSV record of the corpus, imported into one database and read back. */
class CorpusImportTest {
    private static final List<String> SOURCES = List.of("osv/Go-all.zip", "osv/PyPI-all.zip", "osv/crates.io-all.zip",
            "osv/ghsa", "osv/ghsa-osvdev", "osv/distro");

    @TempDir
    static Path dir;

    static Path db;
    static ImportResult result;

    @BeforeAll
    static void importEverything() throws Exception {
        db = dir.resolve("vulndb.sqlite");
        result = new OsvImporter(Limits.DEFAULT, Clock.systemUTC()).importInto(db,
                SOURCES.stream().map(s -> OsvSource.of(Corpus.resolve(s))).toList(),
                OsvImporter.OnSourceFailure.ABORT, p -> {});
    }

    @Test
    void importsEveryCorpusRecordWithoutSkippingAny() {
        assertThat(result.skipped()).isEmpty();
        assertThat(result.read()).isEqualTo(8_385);
        assertThat(result.added()).isEqualTo(8_385);
        assertThat(result.status().records()).isEqualTo(8_385);
        assertThat(result.sources()).allSatisfy(s -> assertThat(s).isInstanceOf(ImportResult.SourceOutcome.Read.class));
    }

    /**
     * Records per ecosystem base. Go, crates.io, PyPI and the distro counts are the corpus
     * READMEs'; the GHSA split (55 + 5 records: Maven 35, npm 24, NuGet 2; one record has no
     * affected entry) was counted with a separate Python script over the same files.
     */
    @Test
    void countsRecordsPerEcosystemAsTheCorpusReadmeDoes() {
        assertThat(result.status().ecosystems()).isEqualTo(Map.ofEntries(
                Map.entry("Go", 4_291L), Map.entry("crates.io", 1_206L), Map.entry("PyPI", 2_661L),
                Map.entry("AlmaLinux", 155L), Map.entry("Ubuntu", 5L), Map.entry("Debian", 5L),
                Map.entry("Alpine", 1L), Map.entry("Red Hat", 1L),
                Map.entry("Maven", 35L), Map.entry("npm", 24L), Map.entry("NuGet", 2L)));
    }

    @Test
    void lookup_findsEveryLog4jCoreRecordOfTheCorpusTable() throws Exception {
        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(store.lookup("Maven", "org.apache.logging.log4j:log4j-core")).extracting(OsvRecord::id)
                    .contains("GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33", "GHSA-p6xc-xr62-6r2g",
                            "GHSA-8489-44mv-ggj8", "GHSA-3pxv-7cmr-fjr4", "GHSA-vwqq-5vrc-xw9h");
            assertThat(store.lookup("Maven", "org.apache.logging.log4j:log4j-api")).isEmpty();
        }
    }

    @Test
    void lookup_findsPyPIRecordsUnderAnySpellingOfTheName() throws Exception {
        try (VulnStore store = VulnStore.openReadOnly(db)) {
            List<String> jinja = List.of("PYSEC-2014-8", "PYSEC-2014-82", "PYSEC-2019-217", "PYSEC-2019-220",
                    "PYSEC-2021-66");
            assertThat(store.lookup("PyPI", "Jinja2")).extracting(OsvRecord::id).containsExactlyElementsOf(jinja);
            assertThat(store.lookup("PyPI", "JINJA2")).extracting(OsvRecord::id).containsExactlyElementsOf(jinja);
            assertThat(store.lookup("PyPI", "JW__Util")).extracting(OsvRecord::id).containsExactly("PYSEC-2020-341");
        }
    }

    @Test
    void lookup_findsDistroNuGetAndGoRecords() throws Exception {
        try (VulnStore store = VulnStore.openReadOnly(db)) {
            assertThat(store.lookup("NuGet", "bouncycastle.cryptography")).extracting(OsvRecord::id)
                    .containsExactly("GHSA-8xfc-gm6g-vgpv", "GHSA-v435-xc8x-wvr9");
            assertThat(store.lookup("Alpine", "musl")).extracting(OsvRecord::id).containsExactly("ALPINE-CVE-2025-26519");
            assertThat(store.lookup("Go", "stdlib")).extracting(OsvRecord::id).contains("GO-2022-0969", "GO-2022-1037");
            assertThat(store.lookup("npm", "lodash")).extracting(OsvRecord::id).contains("GHSA-8p5q-j9m2-g8wr")
                    .allSatisfy(id -> assertThat(id).startsWith("GHSA-"));
        }
    }

    /** The strongest check of the store: what it returns equals what the parser read, field by field. */
    @Test
    void lookup_returnsEveryRecordEqualToWhatTheParserRead() throws Exception {
        List<OsvRecord> parsed = parseCorpus();
        assertThat(parsed).hasSize(8_385);
        try (VulnStore store = VulnStore.openReadOnly(db)) {
            for (OsvRecord expected : parsed) {
                for (OsvAffected a : expected.affected()) {
                    assertThat(store.lookup(a.ecosystemBase(), a.name()))
                            .as("%s via %s %s", expected.id(), a.ecosystem(), a.name()).contains(expected);
                }
            }
        }
    }

    private static List<OsvRecord> parseCorpus() throws Exception {
        OsvParser parser = new OsvParser();
        List<OsvRecord> out = new ArrayList<>();
        for (String zip : List.of("osv/Go-all.zip", "osv/PyPI-all.zip", "osv/crates.io-all.zip")) {
            try (ZipFile z = new ZipFile(Corpus.resolve(zip).toFile())) {
                for (var e : z.stream().toList()) {
                    out.add(parser.parse(z.getInputStream(e).readAllBytes(), e.getName()));
                }
            }
        }
        for (String folder : List.of("osv/ghsa", "osv/ghsa-osvdev", "osv/distro")) {
            for (Path p : jsonFiles(Corpus.resolve(folder))) {
                out.add(parser.parse(Files.readAllBytes(p), p.toString()));
            }
        }
        return out;
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".json")).toList();
        }
    }
}

package dev.rampart.vulndb.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Inventory;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import dev.rampart.testkit.Corpus;
import dev.rampart.vulndb.imports.Limits;
import dev.rampart.vulndb.imports.OsvImporter;
import dev.rampart.vulndb.imports.OsvSource;
import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvParser;
import dev.rampart.vulndb.osv.OsvRange;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.store.VulnStore;
import dev.rampart.vulndb.version.InvalidVersionException;
import dev.rampart.vulndb.version.VersionScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching held to real records at their range boundaries: for a sample of the corpus OSV records
 * (every 7th record of each archive, every GHSA record), a package at a range's {@code introduced}
 * or {@code last_affected} version must match the record, and one at its {@code fixed} version must
 * not, through the whole path (store lookup, name normalisation, version scheme, evaluation).
 * "Must not" is asserted only where the package has a single range in the record, since another
 * range may rightly cover a version the first one fixes. What cannot be evaluated is counted by
 * reason and printed, and docs/accuracy.md lists it.
 */
@Tag("corpus")
class RangeBoundaryCorpusTest {
    private static final Map<String, PackageType> TYPES = Map.of("Go", PackageType.GOLANG, "PyPI", PackageType.PYPI,
            "crates.io", PackageType.CARGO, "Maven", PackageType.MAVEN, "npm", PackageType.NPM, "NuGet", PackageType.NUGET);

    @Test
    void boundaryVersions_matchInsideAndNotAtTheFix(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("vulndb.sqlite");
        List<OsvSource> sources = new ArrayList<>();
        for (String s : List.of("osv/Go-all.zip", "osv/PyPI-all.zip", "osv/crates.io-all.zip", "osv/ghsa", "osv/ghsa-osvdev")) {
            sources.add(OsvSource.of(Corpus.resolve(s)));
        }
        new OsvImporter(Limits.DEFAULT, Clock.systemUTC()).importInto(db, sources, OsvImporter.OnSourceFailure.ABORT, p -> { });
        Map<String, Integer> skipped = new TreeMap<>();
        int inside = 0;
        int outside = 0;
        List<String> failures = new ArrayList<>();
        try (VulnStore store = VulnStore.openReadOnly(db)) {
            VulnerabilityMatcher matcher = new VulnerabilityMatcher((base, name) -> {
                try {
                    return store.lookup(base, name);
                } catch (dev.rampart.vulndb.store.StoreException e) {
                    throw new AdvisoryLookup.LookupException(e.getMessage(), e);
                }
            }, RangeBoundaryCorpusTest::order, CvssScorer.standard());
            int n = 0;
            for (OsvRecord r : corpusRecords()) {
                if (r.isWithdrawn() || !(r.id().startsWith("GHSA") || n++ % 7 == 0)) {
                    continue;
                }
                for (OsvAffected a : r.affected()) {
                    PackageType type = TYPES.get(a.ecosystem());
                    if (type == null) {
                        skipped.merge("ecosystem " + a.ecosystem(), 1, Integer::sum);
                        continue;
                    }
                    long samePackage = r.affected().stream().filter(x -> x.name().equals(a.name())).mapToLong(x -> x.ranges().size()).sum();
                    for (OsvRange range : a.ranges()) {
                        if (range.type() == OsvRange.Type.GIT) {
                            skipped.merge("GIT range (commit hashes, not versions)", 1, Integer::sum);
                            continue;
                        }
                        for (OsvRange.Event e : range.events()) {
                            boolean in = switch (e.kind()) {
                                case INTRODUCED, LAST_AFFECTED -> true;
                                case FIXED -> false;
                                case LIMIT -> true;
                            };
                            if (e.kind() == OsvRange.Event.Kind.LIMIT || e.version().equals("0")) {
                                continue;
                            }
                            if (!in && samePackage > 1) {
                                skipped.merge("fixed version of a package with several ranges", 1, Integer::sum);
                                continue;
                            }
                            if (order(a.ecosystem()).map(o -> valid(o, e.version())).orElse(false) == Boolean.FALSE) {
                                skipped.merge("version the scheme rejects", 1, Integer::sum);
                                continue;
                            }
                            boolean matched = matches(matcher, type, a.name(), e.version(), r.id());
                            if (matched != in) {
                                failures.add(r.id() + " " + a.ecosystem() + " " + a.name() + "@" + e.version() + " " + e.kind()
                                        + (in ? " did not match" : " matched"));
                            }
                            if (in) {
                                inside++;
                            } else {
                                outside++;
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("range boundaries: %d inside, %d outside checked; not evaluated: %s%n", inside, outside, skipped);
        assertThat(failures).isEmpty();
        assertThat(inside).isGreaterThan(500);
        assertThat(outside).isGreaterThan(500);
    }

    /** Every record of the corpus archives and GHSA folders, parsed from the files as they are. */
    private static List<OsvRecord> corpusRecords() throws Exception {
        OsvParser parser = new OsvParser();
        List<OsvRecord> out = new ArrayList<>();
        for (String zip : List.of("osv/Go-all.zip", "osv/PyPI-all.zip", "osv/crates.io-all.zip")) {
            try (ZipFile z = new ZipFile(Corpus.resolve(zip).toFile())) {
                List<? extends ZipEntry> entries = z.stream().sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
                for (ZipEntry e : entries) {
                    try (var in = z.getInputStream(e)) {
                        out.add(parser.parse(in.readAllBytes(), e.getName()));
                    }
                }
            }
        }
        for (String folder : List.of("osv/ghsa", "osv/ghsa-osvdev")) {
            try (var files = Files.list(Corpus.resolve(folder))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    out.add(parser.parse(Files.readAllBytes(f), f.toString()));
                }
            }
        }
        return out;
    }

    private static boolean valid(VersionOrder o, String v) {
        try {
            o.compare(v, v);
            return true;
        } catch (VersionOrder.InvalidVersion e) {
            return false;
        }
    }

    private static boolean matches(VulnerabilityMatcher matcher, PackageType type, String name, String version, String id)
            throws AdvisoryLookup.LookupException {
        String ns = "";
        String simple = name;
        if (type == PackageType.MAVEN) {
            ns = name.substring(0, name.indexOf(':'));
            simple = name.substring(name.indexOf(':') + 1);
        } else if (name.contains("/") && type != PackageType.CARGO) {
            ns = name.substring(0, name.lastIndexOf('/'));
            simple = name.substring(name.lastIndexOf('/') + 1);
        }
        Purl purl = Purl.of(type.purlType(), ns, simple, version, Map.of());
        Package p = new Package(type, name, version, "", null, List.of(), purl, new Location(null, "/x"), List.of());
        Inventory inv = new Inventory(new ArtifactInfo("x", ArtifactKind.ROOT_DIRECTORY, null, null, List.of(), null, List.of()),
                null, List.of(p), List.of());
        return matcher.match(inv).findings().stream().anyMatch(f -> f.vulnerability().id().equals(id));
    }

    static Optional<VersionOrder> order(String ecosystem) {
        return VersionScheme.forEcosystem(ecosystem).map(s -> (a, b) -> {
            try {
                return s.compare(a, b);
            } catch (InvalidVersionException e) {
                throw new VersionOrder.InvalidVersion(e.getMessage());
            }
        });
    }
}

package dev.rampart.vulndb.bench;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Inventory;
import dev.rampart.model.Location;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import dev.rampart.vulndb.imports.Limits;
import dev.rampart.vulndb.imports.OsvImporter;
import dev.rampart.vulndb.imports.OsvSource;
import dev.rampart.vulndb.match.AdvisoryLookup;
import dev.rampart.vulndb.match.CvssScorer;
import dev.rampart.vulndb.match.VersionOrder;
import dev.rampart.vulndb.match.VulnerabilityMatcher;
import dev.rampart.vulndb.osv.OsvAffected;
import dev.rampart.vulndb.osv.OsvParser;
import dev.rampart.vulndb.osv.OsvRecord;
import dev.rampart.vulndb.store.StoreException;
import dev.rampart.vulndb.store.VulnStore;
import dev.rampart.vulndb.version.InvalidVersionException;
import dev.rampart.vulndb.version.VersionScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Not a test: how long matching an inventory of 5,000 packages takes once the JVM is warm (goal:
 * under 200 ms). The inventory holds every distinct (ecosystem, package) the corpus Go, PyPI and
 * crates.io archives name, each at its first affected version, topped up to 5,000 with the same
 * names at a version outside every range, so roughly half the packages are vulnerable.
 *
 * <pre>
 * java -cp vulndb/target/classes:vulndb/target/test-classes:$(cat /tmp/vulndb.cp) \
 *     dev.rampart.vulndb.bench.MatchBenchmark ../shared/corpus /tmp/match-bench
 * </pre>
 */
public final class MatchBenchmark {
    private MatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        Path db = work.resolve("vulndb.sqlite");
        Files.deleteIfExists(db);
        List<OsvSource> sources = new ArrayList<>();
        for (String s : List.of("osv/Go-all.zip", "osv/PyPI-all.zip", "osv/crates.io-all.zip", "osv/ghsa")) {
            sources.add(OsvSource.of(corpus.resolve(s)));
        }
        new OsvImporter(Limits.DEFAULT, Clock.systemUTC()).importInto(db, sources, OsvImporter.OnSourceFailure.ABORT, p -> { });
        Inventory inv = inventory(corpus);
        try (VulnStore store = VulnStore.openReadOnly(db)) {
            AdvisoryLookup lookup = (base, name) -> {
                try {
                    return store.lookup(base, name);
                } catch (StoreException e) {
                    throw new AdvisoryLookup.LookupException(e.getMessage(), e);
                }
            };
            VulnerabilityMatcher matcher = new VulnerabilityMatcher(lookup, MatchBenchmark::order, CvssScorer.standard());
            int findings = 0;
            for (int i = 0; i < 10; i++) {
                findings = matcher.match(inv).findings().size();
            }
            long[] ms = new long[15];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                matcher.match(inv);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            System.out.printf("match %d packages: median %d ms, min %d ms, max %d ms (%d findings)%n",
                    inv.packages().size(), ms[ms.length / 2], ms[0], ms[ms.length - 1], findings);
        }
    }

    private static Inventory inventory(Path corpus) throws Exception {
        Map<String, PackageType> types = Map.of("Go", PackageType.GOLANG, "PyPI", PackageType.PYPI, "crates.io", PackageType.CARGO);
        Map<String, Package> byName = new LinkedHashMap<>();
        OsvParser parser = new OsvParser();
        for (String zip : List.of("osv/Go-all.zip", "osv/PyPI-all.zip", "osv/crates.io-all.zip")) {
            try (ZipFile z = new ZipFile(corpus.resolve(zip).toFile())) {
                for (ZipEntry e : z.stream().toList()) {
                    OsvRecord r = parser.parse(z.getInputStream(e).readAllBytes(), e.getName());
                    for (OsvAffected a : r.affected()) {
                        PackageType type = types.get(a.ecosystem());
                        String version = a.ranges().stream().flatMap(x -> x.events().stream())
                                .map(x -> x.version()).filter(v -> !v.equals("0")).findFirst().orElse("");
                        if (type != null && !version.isEmpty()) {
                            byName.putIfAbsent(a.ecosystem() + "/" + a.name(), pkg(type, a.name(), version));
                        }
                    }
                }
            }
        }
        List<Package> packages = new ArrayList<>(byName.values());
        for (int i = 0; packages.size() < 5000 && i < byName.size(); i++) {
            Package p = packages.get(i);
            packages.add(pkg(p.type(), p.name(), p.type() == PackageType.GOLANG ? "v999.0.0" : "999.0.0"));
        }
        List<Package> first = packages.subList(0, Math.min(5000, packages.size()));
        return new Inventory(new ArtifactInfo("bench", ArtifactKind.ROOT_DIRECTORY, null, null, List.of(), null, List.of()),
                null, first, List.of());
    }

    private static Package pkg(PackageType type, String name, String version) {
        String ns = name.contains("/") && type != PackageType.CARGO ? name.substring(0, name.lastIndexOf('/')) : "";
        String simple = ns.isEmpty() ? name : name.substring(name.lastIndexOf('/') + 1);
        return new Package(type, name, version, "", null, List.of(), Purl.of(type.purlType(), ns, simple, version, Map.of()),
                new Location(null, "/bench"), List.of());
    }

    private static Optional<VersionOrder> order(String ecosystem) {
        return VersionScheme.forEcosystem(ecosystem).map(s -> (a, b) -> {
            try {
                return s.compare(a, b);
            } catch (InvalidVersionException e) {
                throw new VersionOrder.InvalidVersion(e.getMessage());
            }
        });
    }
}

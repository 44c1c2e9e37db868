package dev.rampart.vulndb.store;

import dev.rampart.vulndb.imports.ImportResult;
import dev.rampart.vulndb.imports.Limits;
import dev.rampart.vulndb.imports.OsvImporter;
import dev.rampart.vulndb.imports.OsvSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: measures import throughput over every corpus record and lookup latency for an
 * inventory of 5,000 packages. Command and figures: {@code docs/benchmarks.md}, section vulndb.
 *
 * <p>Arguments: the corpus folder, a scratch folder (emptied of {@code bench-*.sqlite}), and
 * optionally the number of import runs (5) and warm lookup passes (30).
 */
public final class VulnDbBenchmark {
    private static final List<String> SOURCES = List.of("osv/Go-all.zip", "osv/PyPI-all.zip", "osv/crates.io-all.zip",
            "osv/ghsa", "osv/ghsa-osvdev", "osv/distro");
    private static final int INVENTORY = 5_000;
    private static final List<String> ABSENT_ECOSYSTEMS = List.of("Debian", "npm", "Maven", "PyPI", "Go", "crates.io");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long lastCpuNanos;

    private VulnDbBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[1]));
        int importRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        List<OsvSource> sources = SOURCES.stream().map(s -> OsvSource.of(corpus.resolve(s))).toList();

        Path db = null;
        double[] rates = new double[importRuns];
        double[] cpuRates = new double[importRuns];
        for (int run = 0; run < importRuns; run++) {
            db = scratch.resolve("bench-" + run + ".sqlite");
            Files.deleteIfExists(db);
            long cpu = THREADS.getCurrentThreadCpuTime();
            ImportResult r = new OsvImporter(Limits.DEFAULT, Clock.systemUTC())
                    .importInto(db, sources, OsvImporter.OnSourceFailure.ABORT, p -> {});
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            rates[run] = r.recordsPerSecond();
            cpuRates[run] = r.read() / cpuSeconds;
            System.out.printf(Locale.ROOT, "import run %d: %d records in %d ms = %.0f records/s (%.0f per CPU second),"
                    + " file %d bytes%n", run + 1, r.read(), r.elapsed().toMillis(), r.recordsPerSecond(), cpuRates[run],
                    r.status().fileBytes());
        }
        System.out.printf(Locale.ROOT, "import: median %.0f records/s, %.0f per CPU second (first run %.0f,"
                + " includes JIT warm-up)%n", median(rates), median(cpuRates), rates[0]);
        ImportResult again = new OsvImporter(Limits.DEFAULT, Clock.systemUTC())
                .importInto(db, sources, OsvImporter.OnSourceFailure.ABORT, p -> {});
        System.out.printf(Locale.ROOT, "re-import into the same file (every record kept): %.0f records/s%n",
                again.recordsPerSecond());

        List<String[]> vulnerable = vulnerablePackages(db);
        System.out.println("distinct packages with records: " + vulnerable.size());
        lookups("all vulnerable packages, the rest absent", db, inventory(vulnerable, vulnerable.size()), passes);
        lookups("1,000 vulnerable packages, 4,000 absent", db, inventory(vulnerable, 1_000), passes);
    }

    private static void lookups(String label, Path db, List<String[]> inventory, int passes) throws StoreException {
        try (VulnStore store = VulnStore.openReadOnly(db)) {
            long cold = pass(store, inventory);
            double coldCpu = lastCpuNanos / 1e6;
            double[] warm = new double[passes];
            double[] warmCpu = new double[passes];
            long found = 0;
            for (int i = 0; i < passes; i++) {
                warm[i] = pass(store, inventory) / 1e6;
                warmCpu[i] = lastCpuNanos / 1e6;
            }
            for (String[] p : inventory) {
                found += store.lookup(p[0], p[1]).size();
            }
            Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "%,d lookups (%s; %,d records returned): first pass %.1f ms (CPU %.1f ms);"
                    + " warm median %.1f ms (min %.1f, max %.1f; CPU median %.1f ms) = %.1f µs per lookup%n",
                    inventory.size(), label, found, cold / 1e6, coldCpu, median(warm), warm[0], warm[warm.length - 1],
                    median(warmCpu), median(warm) * 1000 / inventory.size());
        }
        double[] uncached = new double[Math.max(3, passes / 5)];
        double[] uncachedCpu = new double[uncached.length];
        for (int i = 0; i < uncached.length; i++) {
            try (VulnStore fresh = VulnStore.openReadOnly(db)) {
                uncached[i] = pass(fresh, inventory) / 1e6;
                uncachedCpu[i] = lastCpuNanos / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "  same, a new store per pass (JIT warm, record cache empty): median %.1f ms"
                + " (CPU %.1f ms)%n", median(uncached), median(uncachedCpu));
    }

    /** Wall time of one pass; its CPU time (this thread, SQLite included) is added to {@link #lastCpuNanos}. */
    private static long pass(VulnStore store, List<String[]> inventory) throws StoreException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long sink = 0;
        for (String[] p : inventory) {
            sink += store.lookup(p[0], p[1]).size();
        }
        long elapsed = System.nanoTime() - start;
        lastCpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        if (sink < 0) {
            throw new AssertionError();
        }
        return elapsed;
    }

    /** {@code vulnerable} of the packages with records, then absent names up to {@value #INVENTORY}. */
    private static List<String[]> inventory(List<String[]> packages, int vulnerable) {
        List<String[]> out = new ArrayList<>(packages.subList(0, Math.min(vulnerable, packages.size())));
        for (int i = 0; out.size() < INVENTORY; i++) {
            out.add(new String[] {ABSENT_ECOSYSTEMS.get(i % ABSENT_ECOSYSTEMS.size()), "absent-package-" + i});
        }
        return out;
    }

    /** Every (ecosystem base, name) with records, as published, spread over the ecosystems. */
    private static List<String[]> vulnerablePackages(Path db) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT ecosystem_base, name FROM affected"
                        + " ORDER BY (rowid * 7919) % 10007")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

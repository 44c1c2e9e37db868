package dev.rampart.secret.bench;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReader;
import dev.rampart.image.ImageSource;
import dev.rampart.secret.FileScan;
import dev.rampart.secret.SecretReport;
import dev.rampart.secret.SecretRules;
import dev.rampart.secret.SecretScanner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A plain benchmark harness, not a test: the secret scanner's throughput over every regular file of
 * an image, and what adding it to the one pass costs.
 *
 * <ol>
 *   <li>Every file of every layer is read into memory once (outside the timing).</li>
 *   <li>{@code scanFile} runs over all of them, {@code rounds} times after as many warm-up rounds:
 *       MB/s of all file bytes offered, and of the text bytes actually scanned.</li>
 *   <li>The text the built-in path allowlists skip (never read in a scan): how much there is, and
 *       what scanning it with the built-in rules would cost.</li>
 *   <li>Each built-in rule alone over the text a scan does read: where the scanner's time goes.</li>
 *   <li>The image is read with no analyzer and with the secret analyzer, alternately, best of
 *       {@code rounds}: the wall time the analyzer adds to the pass.</li>
 * </ol>
 *
 * <pre>{@code
 * java -cp ... dev.rampart.secret.bench.ScannerThroughput ../shared/corpus/images/debian-base.oci.tar 5
 * }</pre>
 */
public final class ScannerThroughput {
    private record File(String path, byte[] bytes) {}

    /** Keeps every file's bytes (up to 64 MiB each), for scanning outside the pass. */
    private static final class Collect implements EntryAnalyzer<byte[]> {
        @Override
        public String name() {
            return "collect";
        }

        @Override
        public boolean wants(String path, long size) {
            return size > 0 && size < (64 << 20);
        }

        @Override
        public byte[] analyze(Entry entry, InputStream content) throws IOException {
            return content.readAllBytes();
        }
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, SecretScanner.BINARY_SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The least CPU time of {@code rounds} scans of the files with {@code scanner}, after as many warm-up rounds. */
    private static long bestCpu(SecretScanner scanner, List<File> files, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 2 * rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (File f : files) {
                scanner.scan(f.path(), f.bytes());
            }
            if (r >= rounds) {
                best = Math.min(best, threads.getCurrentThreadCpuTime() - cpu);
            }
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SecretScanner scanner = SecretScanner.of(SecretRules.builtIn());

        Collect collect = new Collect();
        ImageFiles all = ImageReader.builder().analyzers(List.of(collect)).build().read(ImageSource.detect(image));
        List<File> files = all.found(collect).stream().map(f -> new File(f.path(), f.value())).toList();
        long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();

        long textBytes = 0;
        int text = 0;
        int findings = 0;
        for (File f : files) {
            FileScan s = scanner.scanFile(f.path(), new ByteArrayInputStream(f.bytes()), f.bytes().length);
            if (!isBinary(f.bytes())) {
                text++;
                textBytes += f.bytes().length;
            }
            if (s instanceof FileScan.Found found) {
                findings += found.findings().size();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB; %d text files, %.1f MB; %d findings%n",
                image.getFileName(), files.size(), bytes / 1e6, text, textBytes / 1e6, findings);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int r = 0; r < 2 * rounds; r++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (File f : files) {
                scanner.scanFile(f.path(), new ByteArrayInputStream(f.bytes()), f.bytes().length);
            }
            if (r >= rounds) {
                best = Math.min(best, System.nanoTime() - start);
                bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
            }
        }
        System.out.printf(Locale.ROOT, "scanner alone, best of %d: wall %.0f ms, CPU %.0f ms = %.0f MB/s of all files, "
                        + "%.0f MB/s of text (by CPU time)%n", rounds, best / 1e6, bestCpu / 1e6,
                bytes / (bestCpu / 1e9) / 1e6, textBytes / (bestCpu / 1e9) / 1e6);

        List<File> textFiles = files.stream().filter(f -> !isBinary(f.bytes())).toList();
        List<File> skipped = textFiles.stream().filter(f -> !scanner.analyzer().wants(f.path(), f.bytes().length)).toList();
        List<File> scanned = textFiles.stream().filter(f -> scanner.analyzer().wants(f.path(), f.bytes().length)).toList();
        SecretRules builtIn = SecretRules.builtIn();
        SecretScanner noAllowlists = SecretScanner.of(new SecretRules(builtIn.rules(), List.of()));
        System.out.printf(Locale.ROOT, "text under the built-in path allowlists: %d files, %.1f MB; scanning it anyway "
                        + "(rules without allowlists), best of %d: CPU %.0f ms%n", skipped.size(),
                skipped.stream().mapToLong(f -> f.bytes().length).sum() / 1e6, rounds, bestCpu(noAllowlists, skipped, rounds) / 1e6);
        for (dev.rampart.secret.Allowlist a : builtIn.allowlists()) {
            if (a.paths().isEmpty() || !a.rules().isEmpty()) {
                continue;
            }
            SecretScanner only = SecretScanner.of(new SecretRules(builtIn.rules(), List.of(a)));
            List<File> covered = textFiles.stream().filter(f -> !only.analyzer().wants(f.path(), f.bytes().length)).toList();
            System.out.printf(Locale.ROOT, "  of which %d files, %.1f MB under: %s%n", covered.size(),
                    covered.stream().mapToLong(f -> f.bytes().length).sum() / 1e6,
                    a.description().lines().findFirst().orElse(""));
        }
        System.out.printf(Locale.ROOT, "each rule alone over the %d text files a scan reads (%.1f MB), best-of-%d CPU:%n",
                scanned.size(), scanned.stream().mapToLong(f -> f.bytes().length).sum() / 1e6, rounds);
        for (String id : builtIn.ids()) {
            java.util.Set<String> others = new java.util.HashSet<>(builtIn.ids());
            others.remove(id);
            System.out.printf(Locale.ROOT, "  %-28s %6.1f ms%n", id, bestCpu(SecretScanner.of(builtIn.without(others)), scanned, rounds) / 1e6);
        }

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] bare = {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] withSecrets = {Long.MAX_VALUE, Long.MAX_VALUE};
        SecretReport report = null;
        for (int r = 0; r < rounds + 1; r++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            ImageReader.builder().build().read(ImageSource.detect(image));
            long[] a = {System.nanoTime() - start, os.getProcessCpuTime() - cpu};
            start = System.nanoTime();
            cpu = os.getProcessCpuTime();
            ImageFiles read = ImageReader.builder().analyzers(List.of(scanner.analyzer())).build().read(ImageSource.detect(image));
            report = scanner.report(read);
            long[] b = {System.nanoTime() - start, os.getProcessCpuTime() - cpu};
            if (r > 0) { // the first round warms up
                for (int k = 0; k < 2; k++) {
                    bare[k] = Math.min(bare[k], a[k]);
                    withSecrets[k] = Math.min(withSecrets[k], b[k]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "one pass, best of %d: bare read wall %.0f ms / CPU %.0f ms; with the secret analyzer "
                        + "wall %.0f ms / CPU %.0f ms (+%.0f%% wall, +%.0f%% CPU); %s, %d findings%n", rounds,
                bare[0] / 1e6, bare[1] / 1e6, withSecrets[0] / 1e6, withSecrets[1] / 1e6,
                100.0 * (withSecrets[0] - bare[0]) / bare[0], 100.0 * (withSecrets[1] - bare[1]) / bare[1],
                report.summary(), report.findings().size());
    }
}

package dev.rampart.cli;

import dev.rampart.scan.ScanService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Has the built-in secret rules read on another core while picocli builds its model and parses the
 * arguments, when those arguments name a scan that will need them: {@code image scan} and
 * {@code fs scan} with the secret scanner asked for or left to the default. Reading the rules is
 * most of the cost of building a secret scanner in a fresh JVM (about a tenth of a scan of a small
 * image); anything else, or anything unusual in the arguments, starts nothing.
 */
final class SecretRulesPrefetch {
    private SecretRulesPrefetch() {}

    static void startIfNeeded(String[] args) {
        if (scansSecrets(args)) {
            ScanService.prefetchSecretRules();
        }
    }

    /** Whether the arguments are an {@code image scan} or {@code fs scan} whose scanners include secret. */
    static boolean scansSecrets(String[] args) {
        List<String> words = new ArrayList<>();
        String scanners = "secret";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--scanners") && i + 1 < args.length) {
                scanners = args[++i];
            } else if (a.startsWith("--scanners=")) {
                scanners = a.substring("--scanners=".length());
            } else if (!a.startsWith("-") && words.size() < 2) {
                words.add(a);
            }
        }
        boolean scan = words.size() == 2 && words.get(1).equals("scan")
                && (words.get(0).equals("image") || words.get(0).equals("fs"));
        return scan && List.of(scanners.toLowerCase(Locale.ROOT).split(",")).stream().anyMatch(s -> s.strip().equals("secret"));
    }
}

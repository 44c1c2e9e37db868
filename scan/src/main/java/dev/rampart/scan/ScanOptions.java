package dev.rampart.scan;

import dev.rampart.model.ScanReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a scan looks for and with what.
 *
 * @param database the vulnerability database file (needed when {@code scanners} has VULN)
 * @param vex OpenVEX or CycloneDX VEX documents whose not-affected statements suppress findings
 * @param ignoreFile a {@code .rampartignore}, or null
 * @param secretConfig a user TOML that adds, disables or allowlists secret rules, or null
 * @param today the day expiry dates are checked against
 */
public record ScanOptions(Set<ScanReport.Scanner> scanners, Path database, List<Path> vex, @Nullable Path ignoreFile,
                          @Nullable Path secretConfig, LocalDate today) {
    public ScanOptions {
        scanners = Set.copyOf(scanners);
        vex = List.copyOf(vex);
    }
}

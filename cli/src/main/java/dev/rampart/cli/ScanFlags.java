package dev.rampart.cli;

import dev.rampart.model.ScanReport;
import dev.rampart.model.Severity;
import dev.rampart.scan.ScanOptions;
import dev.rampart.vulndb.store.VulnStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The flags every scan verb shares. */
final class ScanFlags {
    @Option(names = "--scanners", paramLabel = "<list>", defaultValue = "vuln,secret", split = ",",
            description = "what to look for: vuln, secret (comma list); default ${DEFAULT-VALUE}")
    List<String> scanners;

    @Option(names = {"-f", "--format"}, paramLabel = "<format>", defaultValue = "table",
            description = "table, json, sarif, cyclonedx; default ${DEFAULT-VALUE}")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "write the report here instead of stdout")
    Path output;

    @Option(names = {"-s", "--severity"}, paramLabel = "<list>", split = ",",
            description = "report only these severities (UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL); one value means that and above")
    List<String> severity = List.of();

    @Option(names = "--exit-code", paramLabel = "<code>", defaultValue = "0",
            description = "exit with this code when reported findings remain (after --severity, VEX and ignores); default ${DEFAULT-VALUE}")
    int exitCode;

    @Option(names = "--db", paramLabel = "<file>", description = "vulnerability database (default: $RAMPART_DB or the user cache)")
    Path db;

    @Option(names = "--vex", paramLabel = "<file>", description = "OpenVEX or CycloneDX VEX document (repeatable)")
    List<Path> vex = new ArrayList<>();

    @Option(names = "--ignorefile", paramLabel = "<file>", defaultValue = ".rampartignore",
            description = "ids to ignore, one per line with optional exp:YYYY-MM-DD and purl; default ${DEFAULT-VALUE} when present")
    Path ignoreFile;

    @Option(names = "--secret-config", paramLabel = "<file>", description = "TOML that adds, disables or allowlists secret rules")
    Path secretConfig;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar and no warnings on stderr")
    boolean quiet;

    ScanOptions options(CommandLine cmd) {
        Set<ScanReport.Scanner> set = EnumSet.noneOf(ScanReport.Scanner.class);
        for (String s : scanners) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "vuln" -> set.add(ScanReport.Scanner.VULN);
                case "secret" -> set.add(ScanReport.Scanner.SECRET);
                default -> throw new CommandLine.ParameterException(cmd, "unknown scanner '" + s + "': expected vuln or secret");
            }
        }
        Path database = db != null ? db : VulnStore.defaultPath();
        Path ignore = ignoreFile != null && Files.exists(ignoreFile) ? ignoreFile : null;
        return new ScanOptions(set, database, vex, ignore, secretConfig, LocalDate.now());
    }

    /** The severities to report: a list as given, or one value and everything above it. */
    Set<Severity> severities(CommandLine cmd) {
        Set<Severity> out = EnumSet.noneOf(Severity.class);
        if (severity.isEmpty()) {
            return EnumSet.allOf(Severity.class);
        }
        for (String s : severity) {
            try {
                out.add(Severity.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cmd, "unknown severity '" + s + "': expected UNKNOWN, LOW, MEDIUM, HIGH or CRITICAL");
            }
        }
        if (out.size() == 1) {
            Severity min = out.iterator().next();
            for (Severity s : Severity.values()) {
                if (s.atLeast(min)) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}

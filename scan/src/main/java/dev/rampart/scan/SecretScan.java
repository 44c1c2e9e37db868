package dev.rampart.scan;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.ImageFiles;
import dev.rampart.model.Issue;
import dev.rampart.model.Location;
import dev.rampart.model.SecretFinding;
import dev.rampart.model.Severity;
import dev.rampart.secret.SecretLocation;
import dev.rampart.secret.SecretReport;
import dev.rampart.secret.SecretRules;
import dev.rampart.secret.SecretRulesException;
import dev.rampart.secret.SecretScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * The secret scanner riding the one pass: its analyzer reads every file of every layer, its
 * config check reads ENV, labels and history; findings become the model's, masked as they are.
 */
final class SecretScan {
    private final SecretScanner scanner;
    private final List<Issue> issues = new ArrayList<>();

    private SecretScan(SecretScanner scanner) {
        this.scanner = scanner;
    }

    static SecretScan create(ScanOptions options) throws ScanException {
        SecretRules rules = SecretRules.builtIn();
        if (options.secretConfig() != null) {
            try {
                rules = SecretRules.load(options.secretConfig());
            } catch (SecretRulesException e) {
                throw new ScanException(e.getMessage(), e);
            }
        }
        return new SecretScan(SecretScanner.of(rules));
    }

    EntryAnalyzer<?> analyzer() {
        return scanner.analyzer();
    }

    List<SecretFinding> findings(ImageFiles files) {
        SecretReport report = scanner.report(files);
        SecretReport.Summary s = report.summary();
        if (s.binaryFiles() + s.tooLargeFiles() > 0) {
            issues.add(new Issue("secret scanner", "skipped " + s.binaryFiles() + " binary files and " + s.tooLargeFiles()
                    + " files over the size limit"));
        }
        List<SecretFinding> out = new ArrayList<>();
        for (dev.rampart.secret.SecretFinding f : report.findings()) {
            Severity severity = Severity.valueOf(f.severity().name());
            out.add(switch (f.location()) {
                case SecretLocation.InFile in -> new SecretFinding(f.ruleId(), f.title(), severity,
                        new Location(in.layerDiffId(), in.path()), in.inFinalImage(), f.line(), f.column(), f.masked(), null);
                case SecretLocation.InConfig c -> new SecretFinding(f.ruleId(), f.title(), severity,
                        new Location(null, "/image-config"), true, f.line(), f.column(), f.masked(), c.field());
            });
        }
        return out;
    }

    List<Issue> issues() {
        return issues;
    }
}

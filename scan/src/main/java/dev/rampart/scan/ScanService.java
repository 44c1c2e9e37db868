package dev.rampart.scan;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.ImageReadException;
import dev.rampart.model.Inventory;
import dev.rampart.model.Issue;
import dev.rampart.model.ScanReport;
import dev.rampart.model.SecretFinding;
import dev.rampart.model.VulnerabilityFinding;
import dev.rampart.sbom.SbomDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code image scan}, {@code fs scan} and {@code sbom scan}: one pass over the artifact with the
 * catalogers (and the secret scanner when asked), then vulnerability matching over the inventory.
 *
 * <pre>{@code
 * ScanReport r = new ScanService().scan(ScanRequest.of(Path.of("image.tar")), options);
 * r.activeVulnerabilities();   // log4j-core 2.14.1 ← GHSA-jfh8-c2jp-5v3q ...
 * r.secrets();                 // aws-access-key-id in /app/.env (layer 3) ...
 * }</pre>
 */
public final class ScanService {
    private final InventoryScanner inventory = new InventoryScanner();

    public ScanReport scan(ScanRequest request, ScanOptions options) throws ScanException {
        SecretScan secrets = options.scanners().contains(ScanReport.Scanner.SECRET) ? SecretScan.create(options) : null;
        List<EntryAnalyzer<?>> extra = secrets == null ? List.of() : List.of(secrets.analyzer());
        InventoryScanner.Scanned scanned;
        try {
            scanned = inventory.read(request, extra);
        } catch (ImageReadException e) {
            throw new ScanException(e.getMessage(), e);
        }
        List<SecretFinding> found = secrets == null ? List.of() : secrets.findings(scanned.files());
        List<Issue> issues = new ArrayList<>(secrets == null ? List.of() : secrets.issues());
        return finish(scanned.inventory(), found, issues, options);
    }

    /** Vulnerabilities of the packages an SBOM lists (CycloneDX or SPDX JSON). */
    public ScanReport scanSbom(Path sbom, ScanOptions options) throws ScanException {
        Inventory inv;
        try {
            inv = new SbomDecoder().read(sbom);
        } catch (IOException e) {
            throw new ScanException(e.getMessage(), e);
        }
        return finish(inv, List.of(), new ArrayList<>(), options);
    }

    private static ScanReport finish(Inventory inv, List<SecretFinding> secrets, List<Issue> issues, ScanOptions options)
            throws ScanException {
        List<VulnerabilityFinding> vulns = List.of();
        String database = null;
        if (options.scanners().contains(ScanReport.Scanner.VULN)) {
            VulnerabilityScan.Result r = VulnerabilityScan.run(inv, options);
            vulns = r.findings();
            database = r.database();
            issues.addAll(r.issues());
        }
        List<Issue> all = new ArrayList<>(inv.issues());
        all.addAll(issues);
        return new ScanReport(inv, options.scanners(), vulns, secrets, database, all);
    }
}

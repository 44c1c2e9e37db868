/**
 * Renderers for a {@link dev.rampart.model.ScanReport}, the result of {@code image scan},
 * {@code fs scan} and {@code sbom scan}: one class per format, all listed in {@link
 * dev.rampart.report.scan.ScanRenderers}.
 *
 * <ul>
 *   <li>{@link dev.rampart.report.scan.ScanTableRenderer}: a table per target, for people;</li>
 *   <li>{@link dev.rampart.report.scan.ScanJsonRenderer}: Rampart's JSON, documented in
 *       {@code docs/scan-json.md};</li>
 *   <li>{@link dev.rampart.report.scan.SarifRenderer}: SARIF 2.1.0, for GitHub code scanning;</li>
 *   <li>{@link dev.rampart.report.scan.ScanCycloneDxRenderer}: the CycloneDX 1.6 SBOM with a
 *       {@code vulnerabilities} array.</li>
 * </ul>
 *
 * <p>Every renderer is deterministic (the same report gives the same bytes; the CycloneDX one
 * given a fixed clock and serial number) and flushes the stream without closing it.
 */
@NullMarked
package dev.rampart.report.scan;

import org.jspecify.annotations.NullMarked;

/**
 * Encodes an {@link dev.rampart.model.Inventory} as a software bill of materials.
 *
 * <ul>
 *   <li>{@link dev.rampart.sbom.CycloneDxEncoder}: CycloneDX 1.6, JSON and XML.</li>
 *   <li>{@link dev.rampart.sbom.SpdxEncoder}: SPDX 2.3, JSON.</li>
 * </ul>
 *
 * <p>Both take the clock and the source of random ids they use, so that a caller (or a golden
 * test) can make the output byte-for-byte reproducible. Neither closes the stream it writes to.
 *
 * <p>Rampart's own facts that the formats have no field for travel as CycloneDX properties in the
 * {@code rampart:} namespace ({@code rampart:image:id}, {@code rampart:layer:diffId},
 * {@code rampart:package:srcName}, ...: the full list is in
 * {@link dev.rampart.sbom.internal.RampartProperties}).
 */
@NullMarked
package dev.rampart.sbom;

import org.jspecify.annotations.NullMarked;

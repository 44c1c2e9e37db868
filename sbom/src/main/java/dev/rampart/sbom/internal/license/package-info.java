/**
 * Licenses as package databases record them, sorted into SPDX identifiers, SPDX expressions and
 * plain names (SPDX 2.3 Annex D: https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/).
 */
@NullMarked
package dev.rampart.sbom.internal.license;

import org.jspecify.annotations.NullMarked;

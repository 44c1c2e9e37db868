/**
 * SPDX 2.3 JSON: wire records that Jackson writes as they stand, and the translation from an
 * inventory into them (https://spdx.github.io/spdx-spec/v2.3/).
 */
@NullMarked
package dev.rampart.sbom.internal.spdx;

import org.jspecify.annotations.NullMarked;

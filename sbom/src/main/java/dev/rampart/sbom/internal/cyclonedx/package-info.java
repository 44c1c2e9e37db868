/** Translates an inventory into cyclonedx-core-java's model; the model never leaves this package's callers. */
@NullMarked
package dev.rampart.sbom.internal.cyclonedx;

import org.jspecify.annotations.NullMarked;

/** What both encoders share: the names of Rampart's properties, how the artifact is named, unique references. */
@NullMarked
package dev.rampart.sbom.internal;

import org.jspecify.annotations.NullMarked;

/** How images are read: blob stores, manifest resolution, layer streaming and the whiteout merge. */
@NullMarked
package dev.rampart.image.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Go modules: those compiled into Go binaries, read from the build information the Go linker
 * embeds ({@link dev.rampart.catalog.golang.GoBinaryAnalyzer}, during the one pass over the layer
 * streams), and those a source tree requires ({@code go.mod}, with checksums from {@code go.sum}).
 * {@link dev.rampart.catalog.golang.GolangCataloger} is the entry point.
 */
@NullMarked
package dev.rampart.catalog.golang;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code rampart runtime} verbs as picocli commands: thin shells over the public API.
 */
@NullMarked
package dev.rampart.runtime.cli;

import org.jspecify.annotations.NullMarked;

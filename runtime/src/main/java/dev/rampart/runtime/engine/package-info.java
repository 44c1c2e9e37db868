/**
 * The engine: rules indexed by event type, first-match or all-match evaluation, alert formatting.
 */
@NullMarked
package dev.rampart.runtime.engine;

import org.jspecify.annotations.NullMarked;

/** Renderers: one class per output format, each writing a whole report to a stream. */
@NullMarked
package dev.rampart.report;

import org.jspecify.annotations.NullMarked;

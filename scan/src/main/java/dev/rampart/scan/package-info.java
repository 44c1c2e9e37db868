/** Orchestration: a scan request → one pass over the artifact → catalogers → an inventory. */
@NullMarked
package dev.rampart.scan;

import org.jspecify.annotations.NullMarked;

/**
 * Rules files: read (YAML with positions) then collect (append, override, enabled) then compile into a
 * ruleset, with every problem reported as a {@link dev.rampart.runtime.rules.LoadIssue} carrying code, file, line and column.
 */
@NullMarked
package dev.rampart.runtime.rules;

import org.jspecify.annotations.NullMarked;

/**
 * Writes netpol and rbac results to a {@link java.io.Writer} as table, JSON, CSV, Markdown, Graphviz DOT or
 * SARIF 2.1.0.
 */
@NullMarked
package dev.rampart.k8s.render;

import org.jspecify.annotations.NullMarked;

/**
 * Rust crates: those a source tree locks ({@code Cargo.lock}) and those compiled into binaries
 * built with cargo-auditable ({@link dev.rampart.catalog.rust.AuditableBinaryAnalyzer}, during the
 * one pass over the layer streams). {@link dev.rampart.catalog.rust.RustCataloger} is the entry point.
 */
@NullMarked
package dev.rampart.catalog.rust;

import org.jspecify.annotations.NullMarked;

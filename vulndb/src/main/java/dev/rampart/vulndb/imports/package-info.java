/**
 * {@code rampart db import}: reads OSV records from zips in the layout of osv.dev's per-ecosystem
 * {@code all.zip}, from directory trees of {@code *.json} files, or from single JSON files, and
 * writes them into the database through {@link dev.rampart.vulndb.store.StoreWriter}.
 *
 * <p>A bad record is skipped and counted with its name; a source that cannot be read (not a zip,
 * corrupt, over a {@link dev.rampart.vulndb.imports.Limits limit}) fails the import, or only that
 * source where the caller asks for it ({@code db update}). Either way the previous database stays
 * usable until the new one is complete.
 */
@NullMarked
package dev.rampart.vulndb.imports;

import org.jspecify.annotations.NullMarked;

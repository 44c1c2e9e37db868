/**
 * The vulnerability database: one SQLite file built from OSV records, read by the matcher.
 *
 * <p>{@link dev.rampart.vulndb.store.VulnStore} reads it; {@link dev.rampart.vulndb.store.StoreWriter}
 * builds a new file beside it and moves it into place only when complete, so readers always see
 * either the old database or the whole new one. The layout is in {@code Schema}.
 */
@NullMarked
package dev.rampart.vulndb.store;

import org.jspecify.annotations.NullMarked;

/**
 * {@code rampart db update}: downloads osv.dev's per-ecosystem archives
 * ({@code <base>/<Ecosystem>/all.zip}) over HTTPS, resumably and only when they changed since the
 * last update, then imports them as {@code rampart db import} does. A failed ecosystem is named
 * with the reason and leaves what the database had for it.
 */
@NullMarked
package dev.rampart.vulndb.update;

import org.jspecify.annotations.NullMarked;

/**
 * The OSV schema (https://ossf.github.io/osv-schema/) as records, and its JSON reader. Only what
 * matching and reporting use is kept; the rest of a record is ignored.
 */
@NullMarked
package dev.rampart.vulndb.osv;

import org.jspecify.annotations.NullMarked;

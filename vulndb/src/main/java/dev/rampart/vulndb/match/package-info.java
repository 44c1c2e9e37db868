/** Matching an inventory against OSV records: coordinates per ecosystem, range evaluation, severity. */
@NullMarked
package dev.rampart.vulndb.match;

import org.jspecify.annotations.NullMarked;

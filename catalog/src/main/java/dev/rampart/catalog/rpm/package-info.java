/**
 * Reads the rpm package database in pure Java, without rpm or BerkeleyDB installed.
 *
 * <p>Entry point: {@link dev.rampart.catalog.rpm.RpmDatabase#read}, which takes the bytes of one
 * database file and returns every installed package decoded from its rpm header. Three on-disk
 * formats are read:
 * <ul>
 *   <li>SQLite ({@code rpmdb.sqlite}, rpm 4.16+): table {@code Packages(hnum, blob)};</li>
 *   <li>NDB ({@code Packages.db}, SUSE): slot pages pointing at checksummed blobs;</li>
 *   <li>BerkeleyDB hash ({@code Packages}, rpm up to 4.15): header blobs stored in overflow pages.</li>
 * </ul>
 *
 * <p>The bytes come from an untrusted image. No count, offset or length read from them is acted
 * on before it is checked against the array and against {@link dev.rampart.catalog.rpm.RpmLimits};
 * every violation is an {@link dev.rampart.catalog.rpm.RpmFormatException} naming the file, the
 * offset and the problem.
 */
@NullMarked
package dev.rampart.catalog.rpm;

import org.jspecify.annotations.NullMarked;

/**
 * How each ecosystem orders its versions: one {@link dev.rampart.vulndb.version.VersionScheme} per
 * ecosystem family, chosen from an OSV ecosystem name by
 * {@link dev.rampart.vulndb.version.VersionScheme#forEcosystem(String)}.
 *
 * <p>Each scheme is a total order that agrees with the ecosystem's own tool (dpkg, rpm, apk-tools,
 * Maven's {@code ComparableVersion}, Python's {@code packaging}, ...). The tests hold every scheme to
 * google/osv-scalibr's version vectors and list, with the reason, each vector a scheme answers
 * differently.
 *
 * <p>Parsing is the only way to get a {@link dev.rampart.vulndb.version.ParsedVersion}; text a scheme
 * cannot order is refused with an {@link dev.rampart.vulndb.version.InvalidVersionException} naming the
 * scheme and the text. All work is linear in the length of the version.
 */
@NullMarked
package dev.rampart.vulndb.version;

import org.jspecify.annotations.NullMarked;

/**
 * CVSS vectors and their base scores: {@link dev.rampart.vulndb.cvss.CvssVector#parse} reads
 * {@code CVSS:3.0/…}, {@code CVSS:3.1/…} and {@code CVSS:4.0/…} vector strings and computes the
 * base score and qualitative severity that FIRST's specifications define.
 *
 * <p>Sources: <a href="https://www.first.org/cvss/v3.1/specification-document">CVSS v3.1
 * specification</a> (section 7 and Appendix A) and
 * <a href="https://www.first.org/cvss/v4.0/specification-document">CVSS v4.0 specification</a>
 * (section 8), with the v4.0 MacroVector table and interpolation data of FIRST's reference
 * calculator. Pure computation; no I/O.
 */
@NullMarked
package dev.rampart.vulndb.cvss;

import org.jspecify.annotations.NullMarked;

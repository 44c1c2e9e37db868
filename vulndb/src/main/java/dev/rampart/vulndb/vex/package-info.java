/** Suppressions: OpenVEX and CycloneDX VEX statements, and {@code .rampartignore} files. */
@NullMarked
package dev.rampart.vulndb.vex;

import org.jspecify.annotations.NullMarked;

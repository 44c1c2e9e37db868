/**
 * Catalogers: each ecosystem's subpackage reads that ecosystem's databases from an image's file
 * tree and returns packages. {@link dev.rampart.catalog.Catalogers#all()} is the table of contents.
 */
@NullMarked
package dev.rampart.catalog;

import org.jspecify.annotations.NullMarked;

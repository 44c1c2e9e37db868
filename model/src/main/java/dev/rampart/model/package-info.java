/**
 * Rampart's shared vocabulary: immutable records and sealed types that every capability speaks.
 * Nothing here does I/O; values are parsed once and cannot be invalid.
 */
@NullMarked
package dev.rampart.model;

import org.jspecify.annotations.NullMarked;

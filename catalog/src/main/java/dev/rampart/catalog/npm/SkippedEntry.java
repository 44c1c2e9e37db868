package dev.rampart.catalog.npm;

/**
 * A lockfile entry left out while the rest of the file was read.
 *
 * @param line the 1-based line of the entry, or 0 when the format gives none
 * @param message what was wrong, naming the entry
 */
record SkippedEntry(int line, String message) {}

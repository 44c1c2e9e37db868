/**
 * Java: archives (jar, war, ear and nested archives at any depth) read from the layer stream,
 * Java runtimes, and Maven/Gradle build files in source trees.
 */
@NullMarked
package dev.rampart.catalog.java;

import org.jspecify.annotations.NullMarked;

@NullMarked
package dev.rampart.catalog.npm;

import org.jspecify.annotations.NullMarked;

@NullMarked
package dev.rampart.catalog.dpkg;

import org.jspecify.annotations.NullMarked;

@NullMarked
package dev.rampart.catalog.ruby;

import org.jspecify.annotations.NullMarked;

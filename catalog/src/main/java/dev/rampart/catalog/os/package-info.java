@NullMarked
package dev.rampart.catalog.os;

import org.jspecify.annotations.NullMarked;

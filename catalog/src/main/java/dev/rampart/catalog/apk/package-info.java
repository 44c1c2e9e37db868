@NullMarked
package dev.rampart.catalog.apk;

import org.jspecify.annotations.NullMarked;

@NullMarked
package dev.rampart.catalog.php;

import org.jspecify.annotations.NullMarked;

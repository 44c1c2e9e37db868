@NullMarked
package dev.rampart.secret;

import org.jspecify.annotations.NullMarked;

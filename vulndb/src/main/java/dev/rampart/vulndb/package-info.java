@NullMarked
package dev.rampart.vulndb;

import org.jspecify.annotations.NullMarked;

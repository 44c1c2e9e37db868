@NullMarked
package dev.rampart.catalog.dotnet;

import org.jspecify.annotations.NullMarked;

/**
 * Events and where they come from: field-map JSON lines, Rampart runtime events, Kubernetes audit events,
 * read from files, stdin or an HTTP endpoint, with a named policy for bad lines.
 */
@NullMarked
package dev.rampart.runtime.events;

import org.jspecify.annotations.NullMarked;

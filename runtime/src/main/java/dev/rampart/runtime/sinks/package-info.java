/**
 * Where alerts go: JSON lines to a stream or file, syslog (RFC 5424), HTTP webhook.
 */
@NullMarked
package dev.rampart.runtime.sinks;

import org.jspecify.annotations.NullMarked;

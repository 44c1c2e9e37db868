/** The rampart command line: flags → request record → core → exit code. One class per verb. */
@NullMarked
package dev.rampart.cli;

import org.jspecify.annotations.NullMarked;

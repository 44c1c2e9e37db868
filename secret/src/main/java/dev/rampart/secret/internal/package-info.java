/**
 * How the secret scanner works inside: the keyword automaton, the compiled rules, entropy,
 * redaction, rule-file reading. Nothing here is API.
 */
@NullMarked
package dev.rampart.secret.internal;

import org.jspecify.annotations.NullMarked;

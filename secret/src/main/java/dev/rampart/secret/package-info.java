/**
 * Finds hard-coded secrets (keys, tokens, passwords) in files and image configs, and says exactly
 * where each is without ever printing it whole.
 *
 * <p>Entry points: {@link dev.rampart.secret.SecretRules} (the built-in rules, or those merged with a
 * user's TOML file), {@link dev.rampart.secret.SecretScanner} (scans bytes, an image config, or rides
 * the one pass over an image as an {@link dev.rampart.image.EntryAnalyzer}). Results are
 * {@link dev.rampart.secret.SecretFinding}s, which carry only the masked secret.
 */
@NullMarked
package dev.rampart.secret;

import org.jspecify.annotations.NullMarked;

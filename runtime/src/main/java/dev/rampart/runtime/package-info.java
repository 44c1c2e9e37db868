/**
 * Falco-compatible runtime detection: load Falco rules files, compile their conditions, and match events
 * against them. Entry points: {@link dev.rampart.runtime.rules.RulesLoader}, {@link dev.rampart.runtime.engine.Engine},
 * {@link dev.rampart.runtime.fields.FieldCatalog}.
 */
@NullMarked
package dev.rampart.runtime;

import org.jspecify.annotations.NullMarked;

/**
 * The filter language of Falco conditions: the grammar and parser ({@link dev.rampart.runtime.condition.ConditionParser}),
 * the sealed AST with a source position on every node, and the compiler from AST to evaluable predicates.
 */
@NullMarked
package dev.rampart.runtime.condition;

import org.jspecify.annotations.NullMarked;

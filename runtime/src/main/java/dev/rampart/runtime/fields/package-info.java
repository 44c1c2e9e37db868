/**
 * Fields as data: name, type, description and argument rules for every field of the {@code syscall} and
 * {@code k8s_audit} sources, used both to type-check conditions and for {@code rampart runtime fields}.
 */
@NullMarked
package dev.rampart.runtime.fields;

import org.jspecify.annotations.NullMarked;

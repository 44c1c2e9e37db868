package dev.rampart.runtime.rules;

import dev.rampart.runtime.condition.CompiledCondition;
import java.util.List;
import java.util.Set;

/**
 * A compiled rule.
 *
 * @param name the rule name
 * @param description its {@code desc}
 * @param priority its priority
 * @param source the event source it applies to
 * @param tags its tags
 * @param enabled whether it runs (rules disabled in the file are compiled and checked all the same)
 * @param condition the condition as compiled: exceptions added, lists substituted (macros stay named)
 * @param compiled the predicate and the event types it can match
 * @param output the output template
 * @param exceptionFields the fields its exceptions test
 * @param file the file that defined it
 * @param line the line of its definition
 */
public record Rule(String name, String description, Priority priority, String source, List<String> tags,
        boolean enabled, String condition, CompiledCondition compiled, OutputFormat output, Set<String> exceptionFields,
        String file, int line) {

    public Rule {
        tags = List.copyOf(tags);
        exceptionFields = Set.copyOf(exceptionFields);
    }

    /** The same rule, enabled or not. */
    public Rule withEnabled(boolean on) {
        return new Rule(name, description, priority, source, tags, on, condition, compiled, output, exceptionFields,
                file, line);
    }
}

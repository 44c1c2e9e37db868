package dev.rampart.runtime.engine;

import dev.rampart.runtime.rules.Priority;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One alert, in the shape of Falco's JSON output.
 *
 * @param timeNanos event time, nanoseconds since the epoch
 * @param rule the rule that matched
 * @param priority its priority
 * @param output the formatted message: {@code <time>: <Priority> <rule output>}
 * @param outputFields the values of the fields in the output, by field key (null for no value)
 * @param source the event source
 * @param tags the rule's tags
 * @param hostname the host that saw the event
 */
public record Alert(long timeNanos, String rule, Priority priority, String output,
        Map<String, @Nullable Object> outputFields, String source, List<String> tags, String hostname) {

    public Alert {
        Objects.requireNonNull(rule, "rule");
        outputFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputFields));
        tags = List.copyOf(tags);
    }
}

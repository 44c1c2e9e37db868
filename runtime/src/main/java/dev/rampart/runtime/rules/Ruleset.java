package dev.rampart.runtime.rules;

import java.util.List;
import java.util.Optional;

/** The compiled rules of one load, in load order (the order first-match follows). */
public record Ruleset(List<Rule> rules) {

    public static final Ruleset EMPTY = new Ruleset(List.of());

    public Ruleset {
        rules = List.copyOf(rules);
    }

    public Optional<Rule> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The enabled rules of one source, in load order. */
    public List<Rule> enabled(String source) {
        return rules.stream().filter(r -> r.enabled() && r.source().equals(source)).toList();
    }
}

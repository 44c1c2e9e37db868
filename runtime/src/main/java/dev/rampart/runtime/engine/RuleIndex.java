package dev.rampart.runtime.engine;

import dev.rampart.runtime.condition.EventTypeSpecializer;
import dev.rampart.runtime.condition.Predicate;
import dev.rampart.runtime.condition.PredicateCode;
import dev.rampart.runtime.fields.EventTypes;
import dev.rampart.runtime.fields.FieldCatalog;
import dev.rampart.runtime.rules.Rule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The active rules of one source by event type, so an event meets only the rules that can match
 * it, plus the rules for events of unknown type (and for sources without types). Each list carries
 * the rules' conditions as generated code ({@link PredicateCode}); a rule matching at most
 * {@value #MAX_SPECIALIZED_TYPES} types gets a condition of its own per type with its
 * {@code evt.type} checks answered ({@link EventTypeSpecializer}), and drops out of the lists of
 * types its condition rules out.
 *
 * <p>The list of a type is built the first time an event of that type comes, so an engine costs
 * nothing for the hundreds of types a stream never has. Safe for concurrent use: two threads
 * building the same list build equal ones, and the first stored is kept.
 */
final class RuleIndex {
    /** Beyond this, a rule shares one condition for all its types rather than becoming a class per type. */
    static final int MAX_SPECIALIZED_TYPES = 16;

    private static final Rule[] NONE = new Rule[0];

    /** Rules in load order and their conditions. */
    record Candidates(Rule[] rules, Predicate[] predicates) {
        static Candidates of(List<Rule> rules, List<Predicate> predicates) {
            return new Candidates(rules.toArray(NONE), predicates.toArray(Predicate[]::new));
        }
    }

    private final EventTypes types;
    private final List<Rule> rules;
    private final List<BitSet> ruleTypes;
    private final AtomicReferenceArray<Candidates> byType;
    private final AtomicReference<Candidates> anyType = new AtomicReference<>();
    private final Map<Rule, Predicate> shared = new ConcurrentHashMap<>();

    RuleIndex(String source, List<Rule> rules) {
        this.types = FieldCatalog.forSource(source).eventTypes();
        this.rules = List.copyOf(rules);
        this.ruleTypes = rules.stream().map(r -> r.compiled().eventTypes()).toList();
        this.byType = new AtomicReferenceArray<>(types.size());
    }

    /** The rules an event of this type index meets (-1 or out of range: unknown type). */
    Candidates candidates(int typeIndex) {
        if (typeIndex >= 0 && typeIndex < byType.length()) {
            Candidates c = byType.get(typeIndex);
            if (c != null) {
                return c;
            }
            Candidates built = forType(typeIndex);
            Candidates won = byType.compareAndExchange(typeIndex, null, built);
            return won == null ? built : won;
        }
        Candidates a = anyType.get();
        if (a != null) {
            return a;
        }
        Candidates built = forAnyType();
        Candidates won = anyType.compareAndExchange(null, built);
        return won == null ? built : won;
    }

    private Candidates forType(int typeIndex) {
        List<Rule> rs = new ArrayList<>();
        List<Predicate> ps = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
            BitSet set = ruleTypes.get(k);
            if (!set.get(typeIndex)) {
                continue;
            }
            Rule r = rules.get(k);
            Predicate p = set.cardinality() <= MAX_SPECIALIZED_TYPES
                    ? PredicateCode.generate(EventTypeSpecializer.forType(r.compiled().predicate(), types.name(typeIndex)))
                    : shared(r);
            if (!EventTypeSpecializer.never(p)) {
                rs.add(r);
                ps.add(p);
            }
        }
        return Candidates.of(rs, ps);
    }

    /** Events of unknown type meet the rules that do not restrict the type. */
    private Candidates forAnyType() {
        BitSet all = types.all();
        List<Rule> rs = new ArrayList<>();
        List<Predicate> ps = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
            if (ruleTypes.get(k).equals(all)) {
                rs.add(rules.get(k));
                ps.add(shared(rules.get(k)));
            }
        }
        return Candidates.of(rs, ps);
    }

    private Predicate shared(Rule r) {
        return shared.computeIfAbsent(r, x -> PredicateCode.generate(x.compiled().predicate()));
    }
}

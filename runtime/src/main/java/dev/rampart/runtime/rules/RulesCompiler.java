package dev.rampart.runtime.rules;

import dev.rampart.runtime.condition.CompileException;
import dev.rampart.runtime.condition.CompiledCondition;
import dev.rampart.runtime.condition.ConditionCompiler;
import dev.rampart.runtime.condition.ConditionParser;
import dev.rampart.runtime.condition.Expr;
import dev.rampart.runtime.condition.ParseException;
import dev.rampart.runtime.condition.Pos;
import dev.rampart.runtime.events.EventSources;
import dev.rampart.runtime.fields.FieldCatalog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles collected items into a {@link Ruleset}, in Falco's order: lists (an item naming an earlier
 * list takes its items), then macros (list names substituted into the text, parsed, then macro
 * references resolved against macros defined before), then rules (exceptions added to the
 * condition, lists substituted, parsed, macros resolved, fields type-checked, output compiled).
 * Unused lists and macros are reported at the end.
 */
final class RulesCompiler {
    /** More event types than this counts as "every event type" for the LOAD_NO_EVTTYPE warning, as in Falco. */
    private static final int MAX_EVTTYPES = 100;

    private final Collector col;
    private final Limits limits;
    private final List<LoadIssue> issues;
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Set<String> usedLists = new HashSet<>();
    private final Map<String, Expr> macroAsts = new HashMap<>();
    private final Map<String, Expr> resolvedMacros = new HashMap<>();
    private final Set<String> brokenMacros = new HashSet<>();
    private final Set<String> usedMacros = new HashSet<>();

    RulesCompiler(Collector col, Limits limits, List<LoadIssue> issues) {
        this.col = col;
        this.limits = limits;
        this.issues = issues;
    }

    Ruleset compile() {
        compileLists();
        compileMacros();
        List<Rule> rules = new ArrayList<>();
        for (Items.RuleItem r : col.rules().values()) {
            try {
                Rule rule = compileRule(r);
                if (rule != null) {
                    rules.add(rule);
                }
            } catch (LoadException e) {
                issues.add(e.issue());
            }
        }
        reportUnused();
        return new Ruleset(rules);
    }

    private void compileLists() {
        for (Items.ListItem l : col.lists().values()) {
            List<String> items = new ArrayList<>();
            for (String item : l.items) {
                Items.ListItem ref = col.lists().get(item);
                if (ref != null && ref.index < l.visibility) {
                    usedLists.add(ref.name);
                    items.addAll(ref.items);
                } else {
                    items.add(item);
                }
            }
            lists.put(l.name, items);
        }
    }

    private void compileMacros() {
        for (Items.MacroItem m : col.macros().values()) {
            try {
                macroAsts.put(m.name, parse(m.condition, m.conditionOrigin));
            } catch (LoadException e) {
                issues.add(e.issue());
                brokenMacros.add(m.name);
            }
        }
        for (Items.MacroItem m : col.macros().values()) {
            Expr ast = macroAsts.get(m.name);
            if (ast == null) {
                continue;
            }
            try {
                resolvedMacros.put(m.name, resolve(ast, m.visibility, new ArrayDeque<>(List.of(m.name)), m.origin));
            } catch (LoadException e) {
                issues.add(e.issue());
                brokenMacros.add(m.name);
            }
        }
    }

    /** Substitutes list names, then parses. */
    private Expr parse(String condition, Origin origin) throws LoadException {
        String text = substituteLists(condition);
        if (text.length() > limits.maxConditionChars()) {
            throw new LoadException(origin.error("LOAD_ERR_COMPILE_CONDITION", "condition is longer than "
                    + limits.maxConditionChars() + " characters after lists are expanded"));
        }
        try {
            return ConditionParser.parse(text, limits.maxConditionDepth());
        } catch (ParseException e) {
            throw new LoadException(at(origin, e.pos()).error("LOAD_ERR_COMPILE_CONDITION", e.getMessage()));
        }
    }

    private String substituteLists(String condition) {
        String text = condition;
        for (Map.Entry<String, List<String>> l : lists.entrySet()) {
            ListSubstitution.Result r = ListSubstitution.apply(text, l.getKey(), l.getValue());
            if (r.used()) {
                usedLists.add(l.getKey());
                text = r.text();
            }
        }
        return text;
    }

    /** Replaces macro references by their (resolved) bodies; only macros defined before {@code visibility} count. */
    private Expr resolve(Expr e, int visibility, Deque<String> stack, Origin origin) throws LoadException {
        return switch (e) {
            case Expr.And a -> new Expr.And(resolveAll(a.children(), visibility, stack, origin), a.pos());
            case Expr.Or o -> new Expr.Or(resolveAll(o.children(), visibility, stack, origin), o.pos());
            case Expr.Not n -> new Expr.Not(resolve(n.child(), visibility, stack, origin), n.pos());
            case Expr.MacroRef m -> macro(m, visibility, stack, origin);
            case Expr.Unary u -> u;
            case Expr.Binary b -> b;
        };
    }

    private List<Expr> resolveAll(List<Expr> children, int visibility, Deque<String> stack, Origin origin)
            throws LoadException {
        List<Expr> out = new ArrayList<>(children.size());
        for (Expr c : children) {
            out.add(resolve(c, visibility, stack, origin));
        }
        return out;
    }

    private Expr macro(Expr.MacroRef m, int visibility, Deque<String> stack, Origin origin) throws LoadException {
        Items.MacroItem info = col.macros().get(m.name());
        if (info == null || info.index >= visibility) {
            throw new LoadException(origin.error("LOAD_ERR_VALIDATE", "Undefined macro '" + m.name() + "' used in filter."));
        }
        if (stack.contains(m.name())) {
            throw new LoadException(origin.error("LOAD_ERR_VALIDATE", "reference loop in macro '" + m.name() + "'"));
        }
        usedMacros.add(m.name());
        Expr body = resolvedMacros.get(m.name());
        if (body != null) {
            return body;
        }
        Expr ast = macroAsts.get(m.name());
        if (ast == null) {
            throw new LoadException(origin.error("LOAD_ERR_VALIDATE", "macro '" + m.name()
                    + "' used in filter could not be compiled (see its error)"));
        }
        stack.push(m.name());
        Expr r = resolve(ast, visibility, stack, origin);
        stack.pop();
        return r;
    }

    private Rule compileRule(Items.RuleItem r) throws LoadException {
        if (!EventSources.isKnown(r.source)) {
            issues.add(r.origin.warning("LOAD_UNKNOWN_SOURCE", "Unknown source " + r.source + ", skipping"));
            return null;
        }
        FieldCatalog catalog = FieldCatalog.forSource(r.source);
        Set<String> exceptionFields = new LinkedHashSet<>();
        String condition = ExceptionConditions.build(r.condition, r.exceptions, exceptionFields);
        OutputFormat output;
        try {
            output = OutputFormat.compile(r.output, catalog, EventSources.extractors(r.source));
        } catch (OutputFormat.InvalidToken e) {
            if (r.skipIfUnknownFilter) {
                issues.add(r.outputOrigin.warning("LOAD_UNKNOWN_FIELD", e.getMessage()));
                return null;
            }
            throw new LoadException(r.outputOrigin.error("LOAD_ERR_COMPILE_OUTPUT", e.getMessage()));
        }
        if (r.output.contains("%container.info")) {
            issues.add(r.origin.warning("LOAD_DEPRECATED_ITEM", "%container.info is deprecated: Rampart leaves it out of the output"));
        }
        Expr ast = resolve(parse(condition, r.conditionOrigin), Integer.MAX_VALUE, new ArrayDeque<>(), r.origin);
        CompiledCondition compiled;
        try {
            compiled = ConditionCompiler.compile(ast, catalog, EventSources.extractors(r.source));
        } catch (CompileException e) {
            boolean unknown = e.getMessage().contains("nonexistent field") || e.getMessage().contains("unknown event type");
            if (unknown && r.skipIfUnknownFilter) {
                issues.add(r.origin.warning("LOAD_UNKNOWN_FIELD", e.getMessage()));
                return null;
            }
            throw new LoadException(r.origin.error("LOAD_ERR_COMPILE_CONDITION", e.getMessage()));
        }
        for (CompiledCondition.Warning w : compiled.warnings()) {
            issues.add(r.origin.warning("LOAD_COMPILE_CONDITION", w.message()));
        }
        BitSet types = compiled.eventTypes();
        int known = catalog.eventTypes().size();
        if (r.warnEvttypes && known > 0 && (types.isEmpty() || types.cardinality() > MAX_EVTTYPES)) {
            issues.add(r.origin.warning("LOAD_NO_EVTTYPE",
                    "Rule matches too many evt.type values. This has a significant performance penalty."));
        }
        return new Rule(r.name, r.description, r.priority, r.source, List.copyOf(r.tags), r.enabled, condition, compiled,
                output, exceptionFields, r.origin.file(), r.origin.line());
    }

    private void reportUnused() {
        for (Items.MacroItem m : col.macros().values()) {
            if (!usedMacros.contains(m.name)) {
                issues.add(m.origin.warning("LOAD_UNUSED_MACRO", "Macro not referred to by any other rule/macro"));
            }
        }
        for (Items.ListItem l : col.lists().values()) {
            if (!usedLists.contains(l.name)) {
                issues.add(l.origin.warning("LOAD_UNUSED_LIST", "List not referred to by any other rule/macro"));
            }
        }
    }

    private static Origin at(Origin origin, Pos pos) {
        return origin.line() == 0 ? origin : origin.shifted(pos.line(), pos.column());
    }
}

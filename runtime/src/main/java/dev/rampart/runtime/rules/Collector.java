package dev.rampart.runtime.rules;

import dev.rampart.runtime.condition.Op;
import dev.rampart.runtime.fields.FieldCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects lists, macros and rules across rules files in load order. A definition with a name seen
 * before replaces the earlier one in its place; {@code append} and {@code override} change an
 * existing item and are errors when there is none.
 */
final class Collector {
    private final Map<String, Items.ListItem> lists = new LinkedHashMap<>();
    private final Map<String, Items.MacroItem> macros = new LinkedHashMap<>();
    private final Map<String, Items.RuleItem> rules = new LinkedHashMap<>();
    private int counter;

    Map<String, Items.ListItem> lists() {
        return lists;
    }

    Map<String, Items.MacroItem> macros() {
        return macros;
    }

    Map<String, Items.RuleItem> rules() {
        return rules;
    }

    void defineList(Items.ListItem item) {
        int visibility = counter++;
        Items.ListItem prev = lists.get(item.name);
        item.index = prev != null ? prev.index : visibility;
        item.visibility = visibility;
        lists.put(item.name, item);
    }

    void appendList(Items.ListItem item, String key) throws LoadException {
        Items.ListItem prev = lists.get(item.name);
        if (prev == null) {
            throw new LoadException(item.origin.error("LOAD_ERR_VALIDATE",
                    "List has '" + key + "' key but no list by that name already exists"));
        }
        prev.items.addAll(item.items);
        prev.visibility = counter++;
    }

    void defineMacro(Items.MacroItem item) {
        int visibility = counter++;
        Items.MacroItem prev = macros.get(item.name);
        item.index = prev != null ? prev.index : visibility;
        item.visibility = visibility;
        macros.put(item.name, item);
    }

    void appendMacro(Items.MacroItem item, String key) throws LoadException {
        Items.MacroItem prev = macros.get(item.name);
        if (prev == null) {
            throw new LoadException(item.origin.error("LOAD_ERR_VALIDATE",
                    "Macro has '" + key + "' key but no macro by that name already exists"));
        }
        prev.condition = prev.condition + " " + item.condition;
        prev.visibility = counter++;
    }

    void defineRule(Items.RuleItem item) throws LoadException {
        for (Items.ExceptionItem ex : item.exceptions) {
            validateException(ex, item.source, false);
        }
        Items.RuleItem prev = rules.get(item.name);
        item.index = prev != null ? prev.index : counter;
        counter++;
        rules.put(item.name, item);
    }

    /** The existing rule a modification refers to. */
    Items.RuleItem existingRule(String name, Origin origin, String key) throws LoadException {
        Items.RuleItem prev = rules.get(name);
        if (prev == null) {
            throw new LoadException(origin.error("LOAD_ERR_VALIDATE",
                    "Rule has '" + key + "' key but no rule by that name already exists"));
        }
        return prev;
    }

    /** Appends a condition and/or exceptions (and, with override, output, desc, tags) to an existing rule. */
    void appendRule(String name, Origin origin, String key, @Nullable String condition,
            @Nullable List<Items.ExceptionItem> exceptions, @Nullable String output, @Nullable String desc,
            @Nullable List<String> tags) throws LoadException {
        Items.RuleItem prev = existingRule(name, origin, key);
        if (exceptions != null) {
            List<Items.ExceptionItem> merged = mergeExceptions(prev, exceptions);
            prev.exceptions = merged;
        }
        if (condition != null) {
            prev.condition = prev.condition + " " + condition;
        }
        if (output != null) {
            prev.output = prev.output + " " + output;
        }
        if (desc != null) {
            prev.description = prev.description + " " + desc;
        }
        if (tags != null) {
            prev.tags.addAll(tags);
        }
    }

    private List<Items.ExceptionItem> mergeExceptions(Items.RuleItem rule, List<Items.ExceptionItem> added)
            throws LoadException {
        List<Items.ExceptionItem> out = new ArrayList<>(rule.exceptions);
        for (Items.ExceptionItem ex : added) {
            Items.ExceptionItem existing = out.stream().filter(e -> e.name.equals(ex.name)).findFirst().orElse(null);
            if (existing != null) {
                if (ex.fields != null || ex.comps != null) {
                    throw new LoadException(ex.origin.error("LOAD_ERR_VALIDATE",
                            "Can not append exception fields or comps to existing exception, only values"));
                }
                Items.ExceptionItem merged = copy(existing);
                merged.values.addAll(ex.values);
                validateException(merged, rule.source, false);
                out.set(out.indexOf(existing), merged);
            } else {
                validateException(ex, rule.source, true);
                out.add(ex);
            }
        }
        return out;
    }

    private static Items.ExceptionItem copy(Items.ExceptionItem e) {
        Items.ExceptionItem c = new Items.ExceptionItem(e.origin);
        c.name = e.name;
        c.fields = e.fields;
        c.comps = e.comps;
        c.values = new ArrayList<>(e.values);
        return c;
    }

    /**
     * Checks an exception the way Falco's collector does and fills in default comparisons: {@code =}
     * for each field of a field list, {@code in} for a single field.
     */
    void validateException(Items.ExceptionItem ex, String source, boolean newInAppend) throws LoadException {
        Origin o = ex.origin;
        if (ex.fields == null) {
            throw new LoadException(o.error("LOAD_ERR_VALIDATE", "Rule exception must have fields property with a list of fields"));
        }
        FieldCatalog catalog = FieldCatalog.sources().contains(source) ? FieldCatalog.forSource(source) : null;
        if (ex.fields.isList()) {
            List<Items.Entry> fields = ex.fields.items();
            if (ex.comps == null) {
                List<Items.Entry> eq = new ArrayList<>();
                fields.forEach(f -> eq.add(Items.Entry.scalar("=")));
                ex.comps = Items.Entry.list(eq);
            }
            if (!ex.comps.isList()) {
                throw new LoadException(o.error("LOAD_ERR_VALIDATE", "Rule exception comps property must be a list of values"));
            }
            if (ex.comps.items().size() != fields.size()) {
                throw new LoadException(o.error("LOAD_ERR_VALIDATE", "Fields and comps lists must have equal length"));
            }
            for (Items.Entry c : ex.comps.items()) {
                checkComp(c, o);
            }
            for (Items.Entry f : fields) {
                checkField(f, catalog, o);
            }
            for (Items.Entry v : ex.values) {
                if (!v.isList() || v.items().size() != fields.size()) {
                    throw new LoadException(o.error("LOAD_ERR_VALIDATE", "Fields and values lists must have equal length"));
                }
            }
        } else {
            if (ex.comps == null) {
                ex.comps = Items.Entry.scalar("in");
            }
            if (ex.comps.isList()) {
                throw new LoadException(o.error("LOAD_ERR_VALIDATE", "Rule exception comps property must be a single value"));
            }
            checkComp(ex.comps, o);
            checkField(ex.fields, catalog, o);
            for (Items.Entry v : ex.values) {
                if (v.isList()) {
                    throw new LoadException(o.error("LOAD_ERR_VALIDATE", "Expected values array to contain a list of strings"));
                }
            }
        }
    }

    private static void checkComp(Items.Entry c, Origin o) throws LoadException {
        if (c.isList() || !Op.isOperator(c.item()) || c.item().equals("exists")) {
            throw new LoadException(o.error("LOAD_ERR_VALIDATE", "'" + c.item() + "' is not a supported comparison operator"));
        }
    }

    private static void checkField(Items.Entry f, @Nullable FieldCatalog catalog, Origin o) throws LoadException {
        if (f.isList()) {
            throw new LoadException(o.error("LOAD_ERR_VALIDATE", "Rule exception fields must be field names"));
        }
        if (catalog != null && !knownField(catalog, f.item())) {
            throw new LoadException(o.error("LOAD_ERR_VALIDATE", "'" + f.item() + "' is not a supported filter field"));
        }
    }

    private static boolean knownField(FieldCatalog catalog, String text) {
        int b = text.indexOf('[');
        if (b > 0 && text.endsWith("]")) {
            return catalog.resolve(text.substring(0, b), text.substring(b + 1, text.length() - 1)).isPresent();
        }
        return catalog.resolve(text, null).isPresent();
    }
}

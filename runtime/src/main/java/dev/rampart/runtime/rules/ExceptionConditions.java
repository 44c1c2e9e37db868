package dev.rampart.runtime.rules;

import dev.rampart.runtime.condition.ConditionParser;
import java.util.List;
import java.util.Set;

/**
 * Turns a rule's exceptions into condition text the way Falco does: the condition becomes
 * {@code (condition) and not (exception 1) and not (exception 2) ...}, where an exception with a
 * list of fields reads {@code ((f1 c1 v1 and f2 c2 v2) or (...))} over its value tuples and an
 * exception with one field reads {@code (field comp (v1, v2, ...))}. An exception without values
 * adds nothing.
 */
final class ExceptionConditions {
    private ExceptionConditions() {}

    static String build(String condition, List<Items.ExceptionItem> exceptions, Set<String> fieldsOut) {
        if (exceptions.isEmpty()) {
            return condition;
        }
        StringBuilder out = new StringBuilder("(").append(condition).append(')');
        for (Items.ExceptionItem ex : exceptions) {
            String clause = ex.fields != null && ex.fields.isList() ? tuples(ex, fieldsOut) : single(ex, fieldsOut);
            if (!clause.isEmpty()) {
                out.append(" and not ").append(clause);
            }
        }
        return out.toString();
    }

    private static String single(Items.ExceptionItem ex, Set<String> fieldsOut) {
        if (ex.fields == null || ex.values.isEmpty()) {
            return "";
        }
        String field = ex.fields.item();
        fieldsOut.add(field);
        String comp = ex.comps == null ? "in" : ex.comps.item();
        StringBuilder sb = new StringBuilder("(").append(field).append(' ').append(comp).append(" (");
        for (int i = 0; i < ex.values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(ListSubstitution.quoted(ex.values.get(i).item()));
        }
        return sb.append("))").toString();
    }

    private static String tuples(Items.ExceptionItem ex, Set<String> fieldsOut) {
        List<Items.Entry> fields = ex.fields.items();
        List<Items.Entry> comps = ex.comps.items();
        StringBuilder sb = new StringBuilder("(");
        for (Items.Entry values : ex.values) {
            sb.append(sb.length() == 1 ? "" : " or ").append('(');
            for (int k = 0; k < fields.size(); k++) {
                String field = fields.get(k).item();
                String comp = comps.get(k).item();
                fieldsOut.add(field);
                Items.Entry v = values.items().get(k);
                String value;
                if (v.isList()) {
                    StringBuilder list = new StringBuilder("(");
                    for (Items.Entry item : v.items()) {
                        list.append(list.length() == 1 ? "" : ", ").append(ListSubstitution.quoted(item.item()));
                    }
                    value = list.append(')').toString();
                } else if (ConditionParser.isListOperator(comp)) {
                    value = v.item().startsWith("(") ? v.item() : "(" + v.item() + ")";
                } else {
                    value = ListSubstitution.quoted(v.item());
                }
                sb.append(k == 0 ? "" : " and ").append(field).append(' ').append(comp).append(' ').append(value);
            }
            sb.append(')');
        }
        sb.append(')');
        return sb.toString().equals("()") ? "" : sb.toString();
    }
}

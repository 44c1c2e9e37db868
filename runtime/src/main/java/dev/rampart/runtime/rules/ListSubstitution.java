package dev.rampart.runtime.rules;

import java.util.List;

/**
 * Falco substitutes lists into condition text before parsing: every occurrence of a list name that
 * stands alone (bounded by the start or end of the text, a blank, or one of {@code ( ) , =}) is
 * replaced by the list's items joined with {@code ", "}. Items containing a space are double-quoted
 * unless already quoted. An empty list also takes one neighbouring comma away.
 */
final class ListSubstitution {
    private static final String BLANKS = " \t\n\r";
    private static final String DELIMITERS = BLANKS + "(),=";

    private ListSubstitution() {}

    record Result(String text, boolean used) {}

    static Result apply(String condition, String name, List<String> items) {
        String cnd = condition;
        boolean used = false;
        int start = cnd.indexOf(name);
        while (start >= 0) {
            int end = start + name.length();
            boolean bounded = (start == 0 || DELIMITERS.indexOf(cnd.charAt(start - 1)) >= 0)
                    && (end >= cnd.length() || DELIMITERS.indexOf(cnd.charAt(end)) >= 0);
            if (bounded) {
                while (start > 0 && BLANKS.indexOf(cnd.charAt(start - 1)) >= 0) {
                    start--;
                }
                while (end < cnd.length() && BLANKS.indexOf(cnd.charAt(end)) >= 0) {
                    end++;
                }
                String sub = joined(items);
                if (sub.isEmpty()) {
                    if (start > 0 && cnd.charAt(start - 1) == ',') {
                        start--;
                    } else if (end < cnd.length() && cnd.charAt(end) == ',') {
                        end++;
                    }
                }
                String prefix = start > 0 ? cnd.substring(0, start) + " " : "";
                cnd = prefix + sub + " " + cnd.substring(Math.min(end, cnd.length()));
                start = prefix.length() + sub.length();
                used = true;
            }
            start = cnd.indexOf(name, start + 1);
        }
        return new Result(cnd, used);
    }

    static String joined(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(quoted(item));
        }
        return sb.toString();
    }

    /** Double-quotes a value with a space in it unless it already starts with a quote. */
    static String quoted(String item) {
        if (item.indexOf(' ') >= 0 && !item.startsWith("\"") && !item.startsWith("'")) {
            return '"' + item + '"';
        }
        return item;
    }
}

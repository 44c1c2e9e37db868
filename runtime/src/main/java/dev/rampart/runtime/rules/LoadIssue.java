package dev.rampart.runtime.rules;

import java.util.Locale;

/**
 * One problem found while loading rules, as data: Falco's code ({@code LOAD_ERR_COMPILE_CONDITION},
 * {@code LOAD_UNUSED_MACRO}, ...), the item it concerns, the message, and where it is.
 *
 * @param severity error (the item is not loaded) or warning (loaded, but probably a mistake)
 * @param code Falco's load result code
 * @param itemType {@code rule}, {@code macro}, {@code list}, {@code exception}, {@code rules content},
 *        {@code required_engine_version}, ...
 * @param itemName the name of the rule, macro, list or exception, or empty
 * @param message what is wrong
 * @param file the rules file
 * @param line the line (from 1) in the file, or 0 when unknown
 * @param column the column (from 1), or 0 when unknown
 */
public record LoadIssue(Severity severity, String code, String itemType, String itemName, String message,
        String file, int line, int column) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error LOAD_ERR_VALIDATE (rule 'x'): message}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        String item = itemName.isEmpty() ? itemType : itemType + " '" + itemName + "'";
        return where + ": " + severity.name().toLowerCase(Locale.ROOT) + " " + code + " (" + item + "): " + message;
    }
}

package dev.rampart.runtime.rules;

/** Where an item or value of a rules file is: file, line and column (from 1), item type and name. */
record Origin(String file, int line, int column, String itemType, String itemName) {

    Origin withItem(String type, String name) {
        return new Origin(file, line, column, type, name);
    }

    LoadIssue error(String code, String message) {
        return new LoadIssue(LoadIssue.Severity.ERROR, code, itemType, itemName, message, file, line, column);
    }

    LoadIssue warning(String code, String message) {
        return new LoadIssue(LoadIssue.Severity.WARNING, code, itemType, itemName, message, file, line, column);
    }

    /** The position of a character of a condition that starts at this origin (a single-line scalar). */
    Origin shifted(int line, int column) {
        return line <= 1 ? new Origin(file, this.line, this.column + column - 1, itemType, itemName)
                : new Origin(file, this.line + line - 1, column, itemType, itemName);
    }
}

package dev.rampart.report.scan;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text under a header, each column padded to its widest cell and separated by
 * {@code " | "}, a rule of dashes under the header; trailing blanks are stripped.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        columns = header.length;
        rows.add(header);
    }

    void add(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table has " + columns + " columns");
        }
        rows.add(cells);
    }

    void print(PrintWriter w) {
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            w.println(line(rows.get(r), width));
            if (r == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                w.println(String.join("-+-", rule));
            }
        }
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(" | ");
            }
            b.append(cells[i]).append(" ".repeat(width[i] - cells[i].length()));
        }
        return b.toString().stripTrailing();
    }
}

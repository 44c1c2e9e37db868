package dev.rampart.k8s.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows with named columns, written as an aligned text table, CSV (RFC 4180), a Markdown table or a JSON
 * array of objects keyed by column name.
 */
record Table(List<String> headers, List<List<String>> rows) {
    Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    void write(Format f, Writer w, String what) throws IOException {
        switch (f) {
            case TABLE -> text(w);
            case CSV -> csv(w);
            case MD -> markdown(w);
            case JSON -> json(w);
            case DOT, SARIF -> throw new IllegalArgumentException("format " + f.name().toLowerCase(java.util.Locale.ROOT)
                    + " is not available for " + what + " (use table, json, csv or md)");
        }
    }

    private void text(Writer w) throws IOException {
        int[] width = new int[headers.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        for (List<String> r : all) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    sb.append(" | ");
                }
                sb.append(i == r.size() - 1 ? r.get(i) : pad(r.get(i), width[i]));
            }
            w.write(sb.toString().stripTrailing() + "\n");
        }
    }

    private static String pad(String s, int n) {
        return s + " ".repeat(n - s.length());
    }

    private void csv(Writer w) throws IOException {
        w.write(String.join(",", headers.stream().map(Table::csvCell).toList()) + "\n");
        for (List<String> r : rows) {
            w.write(String.join(",", r.stream().map(Table::csvCell).toList()) + "\n");
        }
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private void markdown(Writer w) throws IOException {
        w.write("| " + String.join(" | ", headers) + " |\n");
        w.write("|" + "---|".repeat(headers.size()) + "\n");
        for (List<String> r : rows) {
            w.write("| " + String.join(" | ", r.stream().map(s -> s.replace("|", "\\|")).toList()) + " |\n");
        }
    }

    private void json(Writer w) throws IOException {
        w.write("[");
        for (int i = 0; i < rows.size(); i++) {
            w.write(i == 0 ? "\n  {" : ",\n  {");
            List<String> r = rows.get(i);
            for (int j = 0; j < headers.size(); j++) {
                w.write((j == 0 ? "" : ", ") + Json.string(headers.get(j)) + ": " + Json.string(r.get(j)));
            }
            w.write("}");
        }
        w.write(rows.isEmpty() ? "]\n" : "\n]\n");
    }
}

package dev.rampart.report;

import dev.rampart.model.Inventory;
import dev.rampart.model.Package;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table for people: a heading that says what was read, then one row per package, columns
 * padded to the widest cell.
 */
public final class TableRenderer implements InventoryRenderer {
    @Override
    public void render(Inventory inv, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(inv.artifact().name() + " (" + inv.artifact().kind().label()
                + (inv.artifact().imageId() != null ? ", image " + inv.artifact().imageId().shortHex() : "") + ")");
        w.println("OS: " + (inv.os() == null ? "unknown" : inv.os().prettyName() + " [" + inv.os() + "]"));
        w.println("Packages: " + inv.packages().size());
        w.println();
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"NAME", "VERSION", "TYPE", "SOURCE", "LAYER"});
        for (Package p : inv.packages()) {
            String source = p.source() == null || p.source().name().equals(p.name()) && p.source().version().equals(p.version())
                    ? "" : p.source().name() + (p.source().version().equals(p.version()) ? "" : " " + p.source().version());
            String layer = p.location().layer() == null ? "" : p.location().layer().shortHex();
            rows.add(new String[] {p.name(), p.version(), p.type().purlType(), source, layer});
        }
        int[] width = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i < r.length - 1) {
                    line.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            w.println(line.toString().stripTrailing());
        }
        if (!inv.issues().isEmpty()) {
            w.println();
            w.println("Notes (" + inv.issues().size() + "):");
            inv.issues().forEach(i -> w.println("  " + i));
        }
        w.flush();
    }
}

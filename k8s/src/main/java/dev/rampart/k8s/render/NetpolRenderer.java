package dev.rampart.k8s.render;

import dev.rampart.k8s.netpol.CheckResult;
import dev.rampart.k8s.netpol.ConnDiff;
import dev.rampart.k8s.netpol.ConnList;
import dev.rampart.k8s.netpol.Connection;
import dev.rampart.k8s.netpol.Explanation;
import dev.rampart.k8s.netpol.LintFinding;
import dev.rampart.k8s.netpol.LintReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes the netpol results. {@code table} for a connlist and a diff is netpol-analyzer's txt format
 * ({@code src => dst : conns}, {@code Connectivity diff:} lines), so the output compares line by line
 * with the upstream tool.
 */
public final class NetpolRenderer {
    private NetpolRenderer() {}

    public static void connlist(ConnList l, Format f, Writer w) throws IOException {
        switch (f) {
            case TABLE -> {
                for (Connection c : l.connections()) {
                    w.write(c.line() + "\n");
                }
            }
            case DOT -> dot(l, w);
            case SARIF -> throw new IllegalArgumentException("format sarif is not available for netpol list (use table, json, csv, md or dot)");
            case JSON, CSV, MD -> {
                List<List<String>> rows = new ArrayList<>();
                for (Connection c : l.connections()) {
                    rows.add(List.of(c.source().display(), c.destination().display(), c.connections().toString()));
                }
                new Table(List.of("src", "dst", "conn"), rows).write(f, w, "netpol list");
            }
        }
    }

    private static void dot(ConnList l, Writer w) throws IOException {
        TreeSet<String> nodes = new TreeSet<>();
        l.connections().forEach(c -> {
            nodes.add(c.source().display());
            nodes.add(c.destination().display());
        });
        w.write("digraph {\n");
        for (String n : nodes) {
            boolean ext = n.endsWith("[External]");
            w.write("\t" + Json.string(n) + " [label=" + Json.string(n) + " color=\"" + (ext ? "red2" : "blue") + "\" fontcolor=\""
                    + (ext ? "red2" : "blue") + "\"" + (ext ? " shape=box" : "") + "]\n");
        }
        for (Connection c : l.connections()) {
            w.write("\t" + Json.string(c.source().display()) + " -> " + Json.string(c.destination().display()) + " [label="
                    + Json.string(c.connections().toString()) + " color=\"gold2\" fontcolor=\"darkgreen\"]\n");
        }
        w.write("}\n");
    }

    public static void check(CheckResult r, Format f, Writer w) throws IOException {
        Explanation e = r.explanation();
        String asked = r.port().map(p -> "port " + p).orElse("any connection");
        String verdict = (r.allowed() ? "ALLOWED" : "DENIED") + ": " + e.source().display() + " => " + e.destination().display()
                + " (" + asked + "); allowed connections: " + r.allowedConnections();
        switch (f) {
            case TABLE -> {
                w.write(verdict + "\n");
                if (e.systemDefaultOnly()) {
                    w.write("No policy applies in either direction: everything is allowed by the system default (Allow all).\n");
                } else {
                    ExplainText.pair(new Explanation(e.source(), e.destination(),
                            r.relevant().stream().filter(Explanation.Segment::allowed).toList(),
                            r.relevant().stream().filter(s -> !s.allowed()).toList(), false), w);
                }
            }
            case JSON, CSV, MD -> {
                List<List<String>> rows = new ArrayList<>();
                for (Explanation.Segment s : r.relevant()) {
                    rows.add(List.of(e.source().display(), e.destination().display(), s.connections().toExplainString(),
                            s.allowed() ? "allowed" : "denied", reason(s.egress()), reason(s.ingress())));
                }
                new Table(List.of("src", "dst", "connections", "verdict", "egress", "ingress"), rows).write(f, w, "netpol check");
            }
            case DOT, SARIF -> throw new IllegalArgumentException("format " + f.name().toLowerCase(Locale.ROOT)
                    + " is not available for netpol check (use table, json, csv or md)");
        }
    }

    private static String reason(dev.rampart.k8s.netpol.Decision d) {
        String why = (d.allowed() ? "allowed: " : "denied: ") + d.reason().describe();
        return d.passedBy().map(p -> p.describe() + "; " + why).orElse(why);
    }

    public static void diff(ConnDiff d, Format f, Writer w) throws IOException {
        switch (f) {
            case TABLE -> {
                w.write("Connectivity diff:\n");
                for (ConnDiff.Entry e : d.entries()) {
                    w.write(e.line() + "\n");
                }
            }
            case DOT -> {
                w.write("digraph {\n");
                for (ConnDiff.Entry e : d.entries()) {
                    String color = switch (e.type()) {
                        case ADDED -> "darkgreen";
                        case REMOVED -> "red2";
                        case CHANGED -> "magenta";
                    };
                    String label = e.type() == ConnDiff.Type.CHANGED ? e.ref1() + " -> " + e.ref2()
                            : e.type() == ConnDiff.Type.ADDED ? e.ref2().toString() : e.ref1().toString();
                    w.write("\t" + Json.string(e.source()) + " -> " + Json.string(e.destination()) + " [label=" + Json.string(label)
                            + " color=\"" + color + "\" fontcolor=\"" + color + "\"" + (e.type() == ConnDiff.Type.REMOVED ? " style=dashed" : "") + "]\n");
                }
                w.write("}\n");
            }
            case SARIF -> throw new IllegalArgumentException("format sarif is not available for netpol diff (use table, json, csv, md or dot)");
            case JSON, CSV, MD -> {
                List<List<String>> rows = new ArrayList<>();
                for (ConnDiff.Entry e : d.entries()) {
                    rows.add(List.of(e.type().wireName, e.source(), e.destination(), e.ref1().toString(), e.ref2().toString(),
                            e.workloadsInfo().orElse("")));
                }
                new Table(List.of("diff-type", "source", "destination", "ref1", "ref2", "workloads-diff-info"), rows).write(f, w, "netpol diff");
            }
        }
    }

    public static void lint(LintReport r, Format f, Writer w) throws IOException {
        switch (f) {
            case SARIF -> {
                List<Sarif.Result> results = new ArrayList<>();
                for (LintFinding x : r.findings()) {
                    results.add(new Sarif.Result(x.rule(), x.rule().replace('-', ' '), x.level().sarif, x.object() + ": " + x.message(),
                            x.object(), "object"));
                }
                Sarif.write(results, w);
            }
            case DOT -> throw new IllegalArgumentException("format dot is not available for netpol lint (use table, json, csv, md or sarif)");
            case TABLE, JSON, CSV, MD -> {
                List<List<String>> rows = new ArrayList<>();
                for (LintFinding x : r.findings()) {
                    rows.add(List.of(x.rule(), x.level().sarif, x.object(), x.message()));
                }
                new Table(List.of("rule", "level", "object", "message"), rows).write(f, w, "netpol lint");
            }
        }
    }
}

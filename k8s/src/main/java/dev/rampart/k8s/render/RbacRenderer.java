package dev.rampart.k8s.render;

import dev.rampart.k8s.K8sRbac;
import dev.rampart.k8s.rbac.AccessDecision;
import dev.rampart.k8s.rbac.Grant;
import dev.rampart.k8s.rbac.RiskFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the rbac results: who-can rows in rbac-tool's column order, the can decision, risks (also SARIF). */
public final class RbacRenderer {
    private RbacRenderer() {}

    public static void whoCan(K8sRbac.WhoCanResult r, Format f, Writer w) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Grant g : r.grants()) {
            rows.add(List.of(g.subject().kind().wireName, g.subject().name(), g.subject().namespace() == null ? "" : g.subject().namespace(),
                    g.namespace() == null ? "*" : g.namespace(), g.binding().toString(), g.role().ref().toString()));
        }
        table(new Table(List.of("TYPE", "SUBJECT", "NAMESPACE", "SCOPE", "BINDING", "ROLE"), rows), f, w, "rbac who-can");
    }

    public static void can(AccessDecision d, Format f, Writer w) throws IOException {
        if (f == Format.TABLE) {
            w.write((d.allowed() ? "yes" : "no") + "\n");
            if (d.allowed()) {
                for (Grant g : d.grants()) {
                    w.write("  via " + g.path() + "\n");
                }
            } else {
                w.write("  " + d.reason() + "\n");
            }
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        if (d.grants().isEmpty()) {
            rows.add(List.of(d.user().name(), d.request().toString(), "no", "", "", d.reason()));
        }
        for (Grant g : d.grants()) {
            rows.add(List.of(d.user().name(), d.request().toString(), "yes", g.binding().toString(), g.role().ref().toString(), g.rule().toString()));
        }
        table(new Table(List.of("user", "request", "allowed", "binding", "role", "rule"), rows), f, w, "rbac can");
    }

    public static void risks(K8sRbac.RiskReport r, Format f, Writer w) throws IOException {
        if (f == Format.SARIF) {
            List<Sarif.Result> results = new ArrayList<>();
            for (RiskFinding x : r.findings()) {
                results.add(new Sarif.Result(x.rule().id, x.rule().why, level(x), x.message() + " [" + String.join(" => ", x.path()) + "]",
                        x.subject().toString(), "subject"));
            }
            Sarif.write(results, w);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RiskFinding x : r.findings()) {
            rows.add(List.of(x.rule().severity.name(), x.rule().id, x.subject().toString(), x.namespace() == null ? "*" : x.namespace(),
                    String.join(" => ", x.path())));
        }
        table(new Table(List.of("SEVERITY", "RULE", "SUBJECT", "SCOPE", "PATH"), rows), f, w, "rbac risks");
    }

    private static String level(RiskFinding x) {
        return switch (x.rule().severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    private static void table(Table t, Format f, Writer w, String what) throws IOException {
        if (f == Format.DOT || f == Format.SARIF) {
            throw new IllegalArgumentException("format " + f.name().toLowerCase(Locale.ROOT) + " is not available for " + what
                    + " (use table, json, csv or md" + (what.equals("rbac risks") ? " or sarif" : "") + ")");
        }
        t.write(f, w, what);
    }
}

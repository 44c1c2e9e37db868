package dev.rampart.k8s.render;

import dev.rampart.k8s.netpol.Decision;
import dev.rampart.k8s.netpol.Direction;
import dev.rampart.k8s.netpol.Explanation;
import dev.rampart.k8s.netpol.Reason;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The explanation text of netpol-analyzer's {@code list --explain}: a section per pair that some policy
 * decides, then the pairs allowed entirely by the system default. Reasons from admin policies are
 * worded as upstream words them; NetworkPolicy reasons name the policy and the 1-based rule index.
 */
public final class ExplainText {
    private static final String DASHES = "-".repeat(160);

    private ExplainText() {}

    public static void write(List<Explanation> all, Writer w) throws IOException {
        w.write("\n##########################################\n# Specific connections and their reasons #\n##########################################\n");
        for (Explanation e : all) {
            if (!e.systemDefaultOnly()) {
                pair(e, w);
            }
        }
        w.write("\n#########################################################\n# All Connections due to the system default (Allow all) #\n#########################################################\n");
        for (Explanation e : all) {
            if (e.systemDefaultOnly()) {
                w.write(e.source().display() + " => " + e.destination().display() + "\n");
            }
        }
    }

    /** One pair's section, as {@code netpol check} prints it. */
    public static void pair(Explanation e, Writer w) throws IOException {
        w.write(DASHES + "\n");
        w.write("Connections between " + e.source().display() + " => " + e.destination().display() + ":\n\n");
        if (!e.allowed().isEmpty()) {
            w.write("Allowed connections:\n");
            for (Explanation.Segment s : e.allowed()) {
                segment("Allowed", s, w);
            }
            w.write("\n");
        }
        if (!e.denied().isEmpty()) {
            w.write("Denied connections:\n");
            for (Explanation.Segment s : e.denied()) {
                segment("Denied", s, w);
            }
            w.write("\n");
        }
    }

    private static void segment(String verb, Explanation.Segment s, Writer w) throws IOException {
        w.write("\t" + verb + " " + s.connections().toExplainString());
        if (isDefault(s.egress()) && isDefault(s.ingress())) {
            w.write(" due to the system default (Allow all)\n");
            return;
        }
        w.write(" due to the following policies and rules:\n");
        direction(Direction.EGRESS, s.egress(), w);
        direction(Direction.INGRESS, s.ingress(), w);
    }

    private static void direction(Direction d, Decision dec, Writer w) throws IOException {
        String head = "\t\t" + d.wireName + " (" + (dec.allowed() ? "Allowed" : "Denied") + ")";
        if (isDefault(dec)) {
            w.write(head + " due to the system default (Allow all)\n");
            return;
        }
        w.write(head + "\n");
        if (dec.passedBy().isPresent()) {
            w.write("\t\t\t" + dec.passedBy().get().describe() + "\n");
        }
        for (String line : lines(dec.reason())) {
            w.write("\t\t\t" + line + "\n");
        }
    }

    private static List<String> lines(Reason r) {
        return switch (r) {
            case Reason.SystemDefault sd -> List.of("the system default (Allow all)");
            case Reason.AdminRule a -> List.of(a.describe());
            case Reason.PolicyRules p -> List.of(p.describe().split("; "));
            case Reason.PolicyIsolation p -> List.of(p.describe().split("; "));
        };
    }

    private static boolean isDefault(Decision d) {
        return d.reason() instanceof Reason.SystemDefault && d.passedBy().isEmpty();
    }
}

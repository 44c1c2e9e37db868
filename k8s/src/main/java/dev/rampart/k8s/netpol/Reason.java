package dev.rampart.k8s.netpol;

import java.util.List;

/** Why a set of connections was allowed or denied in one direction. */
public sealed interface Reason {

    /** One line of explanation, e.g. {@code NetworkPolicy 'ns/np1' allows connections by Ingress rule #1}. */
    String describe();

    /** No policy of any tier applies in this direction: Kubernetes allows everything. */
    record SystemDefault() implements Reason {
        @Override
        public String describe() {
            return "the system default (Allow all)";
        }
    }

    /**
     * An admin-tier rule matched first. {@code ruleName} is the rule's {@code name}.
     */
    record AdminRule(AdminPolicy.Tier tier, String policy, Direction direction, String ruleName,
            AdminPolicy.Action action) implements Reason {
        @Override
        public String describe() {
            String verb = switch (action) {
                case ALLOW -> "allows";
                case DENY -> "denies";
                case PASS -> "passes";
            };
            return tier.kind + " '" + policy + "' " + verb + " connections by " + direction.wireName + " rule " + ruleName;
        }
    }

    /** NetworkPolicy rules that allow the connections (rule index is 1-based, as written in the file). */
    record PolicyRules(Direction direction, List<RuleRef> rules) implements Reason {
        public PolicyRules {
            rules = List.copyOf(rules);
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (RuleRef r : rules) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                sb.append("NetworkPolicy '").append(r.policy()).append("' allows connections by ")
                        .append(direction.wireName).append(" rule #").append(r.index());
            }
            return sb.toString();
        }
    }

    /**
     * The pod is selected by NetworkPolicies for this direction and none of their rules allows the
     * connections: isolation denies them.
     */
    record PolicyIsolation(Direction direction, List<String> policies) implements Reason {
        public PolicyIsolation {
            policies = List.copyOf(policies);
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (String p : policies) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                sb.append("NetworkPolicy '").append(p).append("' selects the pod for ").append(direction.wireName)
                        .append(" and no rule of it allows these connections");
            }
            return sb.toString();
        }
    }

    /** A NetworkPolicy rule named by policy ({@code ns/name}) and 1-based index. */
    record RuleRef(String policy, int index) {}
}

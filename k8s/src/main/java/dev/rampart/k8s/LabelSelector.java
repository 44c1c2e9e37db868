package dev.rampart.k8s;

import java.util.List;
import java.util.Map;

/**
 * A Kubernetes label selector: every {@code matchLabels} pair and every {@code matchExpressions}
 * requirement must hold (AND). The empty selector {@code {}} selects everything; an absent selector
 * is modelled by the caller as {@code null}, because its meaning differs per field.
 *
 * <p>Spec: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {

    /** {@code {}}: selects every object. */
    public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of());

    public LabelSelector {
        matchLabels = Map.copyOf(matchLabels);
        matchExpressions = List.copyOf(matchExpressions);
    }

    public boolean isEmpty() {
        return matchLabels.isEmpty() && matchExpressions.isEmpty();
    }

    public boolean matches(Map<String, String> labels) {
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Requirement r : matchExpressions) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder();
        matchLabels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(sb.isEmpty() ? "" : ",").append(e.getKey()).append('=').append(e.getValue()));
        for (Requirement r : matchExpressions) {
            sb.append(sb.isEmpty() ? "" : ",").append(r);
        }
        return sb.toString();
    }

    /** One {@code matchExpressions} entry. {@code NotIn} and {@code DoesNotExist} hold when the key is absent. */
    public record Requirement(String key, Operator operator, List<String> values) {
        public Requirement {
            values = List.copyOf(values);
            if ((operator == Operator.IN || operator == Operator.NOT_IN) && values.isEmpty()) {
                throw new IllegalArgumentException("matchExpressions '" + key + "': operator " + operator.wireName
                        + " needs a non-empty values list");
            }
            if ((operator == Operator.EXISTS || operator == Operator.DOES_NOT_EXIST) && !values.isEmpty()) {
                throw new IllegalArgumentException("matchExpressions '" + key + "': operator " + operator.wireName
                        + " takes no values");
            }
        }

        boolean matches(Map<String, String> labels) {
            String v = labels.get(key);
            return switch (operator) {
                case IN -> v != null && values.contains(v);
                case NOT_IN -> v == null || !values.contains(v);
                case EXISTS -> v != null;
                case DOES_NOT_EXIST -> v == null;
            };
        }

        @Override
        public String toString() {
            return switch (operator) {
                case IN, NOT_IN -> key + " " + operator.wireName + " (" + String.join(",", values) + ")";
                case EXISTS -> key;
                case DOES_NOT_EXIST -> "!" + key;
            };
        }
    }

    /** The operators of {@code matchExpressions}, with their wire spelling. */
    public enum Operator {
        IN("In"), NOT_IN("NotIn"), EXISTS("Exists"), DOES_NOT_EXIST("DoesNotExist");

        public final String wireName;

        Operator(String wireName) {
            this.wireName = wireName;
        }

        public static Operator parse(String s) {
            for (Operator o : values()) {
                if (o.wireName.equals(s)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown label selector operator '" + s
                    + "' (expected In, NotIn, Exists or DoesNotExist)");
        }
    }
}

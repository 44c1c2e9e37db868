package dev.rampart.vulndb.cvss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The metrics one CVSS version allows in a vector string, in the order its specification lists
 * them, and the rules both versions share: {@code CVSS:<version>/} then {@code NAME:VALUE} pairs
 * separated by {@code /}; every base metric present; no metric twice; only listed values; names
 * and values case-sensitive.
 *
 * <p>Order differs by version. v3.1 section 6: "Programs reading CVSS v3.1 vector strings must
 * accept metrics in any order". v4.0 section 7: "A vector string must contain metrics in the
 * order shown in Table 23, every other ordering is invalid" ({@code fixedOrder}). Either way
 * {@link #canonical} gives the specification's order. A non-base metric whose value is {@code X}
 * (Not Defined) means the same as its absence, so the canonical form leaves it out.
 *
 * @see <a href="https://www.first.org/cvss/v3-1/specification-document">v3.1 specification, section 6 (Vector String)</a>
 * @see <a href="https://www.first.org/cvss/v4-0/specification-document">v4.0 specification, section 7 (Vector String)</a>
 */
final class VectorGrammar {
    static final String NOT_DEFINED = "X";

    private final String version;
    private final List<Metric> metrics;
    private final boolean fixedOrder;
    private final Map<String, Integer> positions;

    /** One metric: its abbreviated name, allowed values and whether it is a mandatory base metric. */
    record Metric(String name, List<String> values, boolean mandatory) {
        Metric {
            values = List.copyOf(values);
        }
    }

    /**
     * @param version the version in the prefix, {@code 3.1} for {@code CVSS:3.1/}
     * @param metrics every metric of the version, in the specification's order
     * @param fixedOrder whether a vector must list its metrics in that order
     */
    VectorGrammar(String version, List<Metric> metrics, boolean fixedOrder) {
        this.version = version;
        this.metrics = List.copyOf(metrics);
        this.fixedOrder = fixedOrder;
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            positions.put(metrics.get(i).name(), i);
        }
        this.positions = Map.copyOf(positions);
    }

    static Metric base(String name, String... values) {
        return new Metric(name, List.of(values), true);
    }

    /** A threat, temporal, environmental or supplemental metric; {@code X} is always allowed. */
    static Metric optional(String name, String... values) {
        List<String> all = new ArrayList<>(List.of(NOT_DEFINED));
        all.addAll(List.of(values));
        return new Metric(name, all, false);
    }

    String version() {
        return version;
    }

    List<Metric> metrics() {
        return metrics;
    }

    String prefix() {
        return "CVSS:" + version + "/";
    }

    /** Reads the metrics after the prefix into canonical form, or names the first problem. */
    Map<String, String> parse(String vector, String body) throws InvalidCvssException {
        Map<String, String> given = new LinkedHashMap<>();
        int lastPosition = -1;
        String[] parts = body.isEmpty() ? new String[0] : body.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int colon = part.indexOf(':');
            if (part.isEmpty()) {
                throw new InvalidCvssException(vector, "empty metric at position " + (i + 1)
                        + " (two '/' in a row, or a '/' at the end)");
            }
            if (colon <= 0 || colon == part.length() - 1) {
                throw new InvalidCvssException(vector, "malformed metric '" + part + "' (expected NAME:VALUE)");
            }
            String name = part.substring(0, colon);
            String value = part.substring(colon + 1);
            String problem = problemWith(name, value);
            if (problem != null) {
                throw new InvalidCvssException(vector, problem);
            }
            if (given.putIfAbsent(name, value) != null) {
                throw new InvalidCvssException(vector, "duplicate metric " + name
                        + " (given as " + name + ":" + given.get(name) + " and " + part + ")");
            }
            int position = positions.get(name);
            if (fixedOrder && position < lastPosition) {
                throw new InvalidCvssException(vector, "metric " + name + " is out of order: CVSS " + version
                        + " lists it before " + metrics.get(lastPosition).name() + " and accepts no other order");
            }
            lastPosition = Math.max(lastPosition, position);
        }
        String missing = missingIn(given);
        if (missing != null) {
            throw new InvalidCvssException(vector, missing);
        }
        return canonical(given);
    }

    /** Null when {@code metrics} (a name → value map) is a valid vector of this version, else the problem. */
    @Nullable String problemWith(Map<String, String> metrics) {
        for (Map.Entry<String, String> metric : metrics.entrySet()) {
            String problem = problemWith(metric.getKey(), metric.getValue());
            if (problem != null) {
                return problem;
            }
        }
        return missingIn(metrics);
    }

    /** The metrics in the specification's order, without the Not Defined ones. */
    Map<String, String> canonical(Map<String, String> metrics) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Metric metric : this.metrics) {
            String value = metrics.get(metric.name());
            if (value != null && (metric.mandatory() || !value.equals(NOT_DEFINED))) {
                ordered.put(metric.name(), value);
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    String text(Map<String, String> canonical) {
        return canonical.entrySet().stream().map(m -> m.getKey() + ":" + m.getValue())
                .collect(Collectors.joining("/", prefix(), ""));
    }

    private @Nullable String problemWith(String name, String value) {
        Integer position = positions.get(name);
        if (position == null) {
            return "unknown metric '" + name + "' for CVSS " + version;
        }
        Metric metric = metrics.get(position);
        if (!metric.values().contains(value)) {
            return "bad value '" + value + "' for metric " + name + " (expected one of "
                    + String.join(", ", metric.values()) + ")";
        }
        return null;
    }

    private @Nullable String missingIn(Map<String, String> given) {
        List<String> missing = metrics.stream().filter(Metric::mandatory).map(Metric::name)
                .filter(name -> !given.containsKey(name)).toList();
        if (missing.isEmpty()) {
            return null;
        }
        return "missing mandatory base metric" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing);
    }
}

package dev.rampart.k8s.netpol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A set of (protocol, port) pairs over TCP, UDP and SCTP and ports 1-65535, kept per protocol as
 * sorted disjoint inclusive ranges. Immutable; the algebra (union, intersection, difference) is
 * what policy evaluation is written in.
 */
public final class ConnectionSet {
    public static final int MIN_PORT = 1;
    public static final int MAX_PORT = 65535;
    private static final int[] EMPTY = {};
    private static final int[] FULL = {MIN_PORT, MAX_PORT};
    private static final Protocol[] PROTOCOLS = Protocol.values();

    public static final ConnectionSet NONE = new ConnectionSet(new int[][] {EMPTY, EMPTY, EMPTY});
    public static final ConnectionSet ALL = new ConnectionSet(new int[][] {FULL, FULL, FULL});

    /** Per protocol ordinal: flat {@code [lo0, hi0, lo1, hi1, ...]}, sorted, disjoint, non-adjacent. */
    private final int[][] ranges;

    private ConnectionSet(int[][] ranges) {
        this.ranges = ranges;
    }

    public static ConnectionSet allOf(Protocol p) {
        return of(p, MIN_PORT, MAX_PORT);
    }

    /** The ports {@code from..to} (inclusive) of one protocol; an empty set when {@code to < from}. */
    public static ConnectionSet of(Protocol p, int from, int to) {
        if (from < MIN_PORT || to > MAX_PORT) {
            throw new IllegalArgumentException("port range " + from + "-" + to + " is outside 1-65535");
        }
        int[][] r = {EMPTY, EMPTY, EMPTY};
        if (from <= to) {
            r[p.ordinal()] = new int[] {from, to};
        }
        return new ConnectionSet(r);
    }

    public boolean isEmpty() {
        return ranges[0].length == 0 && ranges[1].length == 0 && ranges[2].length == 0;
    }

    public boolean isAll() {
        return isAll(Protocol.TCP) && isAll(Protocol.UDP) && isAll(Protocol.SCTP);
    }

    public boolean isAll(Protocol p) {
        return Arrays.equals(ranges[p.ordinal()], FULL);
    }

    public boolean isEmpty(Protocol p) {
        return ranges[p.ordinal()].length == 0;
    }

    public boolean contains(Protocol p, int port) {
        int[] r = ranges[p.ordinal()];
        for (int i = 0; i < r.length; i += 2) {
            if (port >= r[i] && port <= r[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Inclusive port ranges of one protocol, each as {@code int[]{from, to}}. */
    public List<int[]> ranges(Protocol p) {
        int[] r = ranges[p.ordinal()];
        List<int[]> out = new ArrayList<>(r.length / 2);
        for (int i = 0; i < r.length; i += 2) {
            out.add(new int[] {r[i], r[i + 1]});
        }
        return out;
    }

    public ConnectionSet union(ConnectionSet o) {
        if (o == NONE || this == ALL) {
            return this;
        }
        if (this == NONE || o == ALL) {
            return o;
        }
        return combine(o, Op.UNION);
    }

    public ConnectionSet intersect(ConnectionSet o) {
        if (o == ALL || this == NONE) {
            return this;
        }
        if (this == ALL || o == NONE) {
            return o;
        }
        return combine(o, Op.INTERSECT);
    }

    public ConnectionSet minus(ConnectionSet o) {
        if (o == NONE || this == NONE) {
            return this;
        }
        if (o == ALL) {
            return NONE;
        }
        return combine(o, Op.MINUS);
    }

    private enum Op { UNION, INTERSECT, MINUS }

    private ConnectionSet combine(ConnectionSet o, Op op) {
        int[][] out = new int[3][];
        for (int p = 0; p < 3; p++) {
            out[p] = sweep(ranges[p], o.ranges[p], op);
        }
        return canonical(out);
    }

    private static ConnectionSet canonical(int[][] r) {
        if (r[0].length == 0 && r[1].length == 0 && r[2].length == 0) {
            return NONE;
        }
        if (Arrays.equals(r[0], FULL) && Arrays.equals(r[1], FULL) && Arrays.equals(r[2], FULL)) {
            return ALL;
        }
        return new ConnectionSet(r);
    }

    /** Boolean combination of two interval lists by sweeping their boundaries. */
    private static int[] sweep(int[] a, int[] b, Op op) {
        if (a.length == 0 && b.length == 0) {
            return EMPTY;
        }
        int[] bounds = new int[a.length + b.length];
        int n = 0;
        for (int i = 0; i < a.length; i += 2) {
            bounds[n++] = a[i];
            bounds[n++] = a[i + 1] + 1;
        }
        for (int i = 0; i < b.length; i += 2) {
            bounds[n++] = b[i];
            bounds[n++] = b[i + 1] + 1;
        }
        Arrays.sort(bounds);
        int[] out = new int[bounds.length + 2];
        int m = 0;
        for (int i = 0; i < bounds.length; i++) {
            int lo = bounds[i];
            if (i + 1 < bounds.length && bounds[i + 1] == lo) {
                continue;
            }
            int hi = i + 1 < bounds.length ? bounds[i + 1] - 1 : lo - 1;
            if (hi < lo) {
                continue;
            }
            boolean inA = containsIn(a, lo);
            boolean inB = containsIn(b, lo);
            boolean keep = switch (op) {
                case UNION -> inA || inB;
                case INTERSECT -> inA && inB;
                case MINUS -> inA && !inB;
            };
            if (!keep) {
                continue;
            }
            if (m > 0 && out[m - 1] + 1 == lo) {
                out[m - 1] = hi;
            } else {
                out[m++] = lo;
                out[m++] = hi;
            }
        }
        return m == 0 ? EMPTY : Arrays.copyOf(out, m);
    }

    private static boolean containsIn(int[] r, int port) {
        for (int i = 0; i < r.length; i += 2) {
            if (port >= r[i] && port <= r[i + 1]) {
                return true;
            }
            if (port < r[i]) {
                return false;
            }
        }
        return false;
    }

    /**
     * The connlist spelling: {@code All Connections}, {@code No Connections}, or protocols sorted by name
     * each followed by its ranges, e.g. {@code SCTP 9003,TCP 1-79,81-65535}.
     */
    @Override
    public String toString() {
        if (isAll()) {
            return "All Connections";
        }
        if (isEmpty()) {
            return "No Connections";
        }
        StringBuilder sb = new StringBuilder();
        for (Protocol p : byName()) {
            int[] r = ranges[p.ordinal()];
            if (r.length == 0) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(p.name()).append(' ').append(portList(r));
        }
        return sb.toString();
    }

    /** The explanation spelling: {@code TCP, UDP:[1-52,54-65535], SCTP} (a bare protocol means all its ports). */
    public String toExplainString() {
        List<String> parts = new ArrayList<>();
        for (Protocol p : PROTOCOLS) {
            int[] r = ranges[p.ordinal()];
            if (r.length == 0) {
                continue;
            }
            parts.add(Arrays.equals(r, FULL) ? p.name() : p.name() + ":[" + portList(r) + "]");
        }
        return parts.isEmpty() ? "No Connections" : String.join(", ", parts);
    }

    private static String portList(int[] r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(r[i]);
            if (r[i + 1] != r[i]) {
                sb.append('-').append(r[i + 1]);
            }
        }
        return sb.toString();
    }

    private static List<Protocol> byName() {
        List<Protocol> ps = new ArrayList<>(List.of(PROTOCOLS));
        ps.sort(Comparator.comparing(Protocol::name));
        return ps;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionSet c && Arrays.deepEquals(ranges, c.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(ranges);
    }
}

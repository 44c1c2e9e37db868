package dev.rampart.k8s.netpol;

import org.jspecify.annotations.Nullable;

/**
 * One {@code ports} entry of a rule: a protocol with all ports, a port or {@code port..endPort} range, or
 * a named port resolved against the destination pod's container ports (per pod, and only where the
 * container port's protocol matches).
 *
 * <p>Spec: https://kubernetes.io/docs/concepts/services-networking/network-policies/#targeting-a-range-of-ports
 *
 * @param protocol the protocol; null only for an admin policy's {@code namedPort}, which takes the
 *     protocol of the container port it names
 */
public record RulePort(@Nullable Protocol protocol, Spec port) {

    /** The port part of the entry. */
    public sealed interface Spec {}

    /** No {@code port}: every port of the protocol. */
    public record AnyPort() implements Spec {}

    /** {@code port} (from == to) or {@code port} with {@code endPort}. */
    public record Range(int from, int to) implements Spec {
        public Range {
            if (from < ConnectionSet.MIN_PORT || to > ConnectionSet.MAX_PORT || to < from) {
                throw new IllegalArgumentException("port range " + from + "-" + to
                        + " is invalid (ports are 1-65535 and endPort must not be below port)");
            }
        }
    }

    /** A named container port. */
    public record Named(String name) implements Spec {}

    public RulePort {
        if (protocol == null && !(port instanceof Named)) {
            throw new IllegalArgumentException("only a named port may leave the protocol open");
        }
    }

    /**
     * The connections this entry allows towards {@code destination} (null for an address outside the
     * cluster, where named ports resolve to nothing).
     */
    public ConnectionSet resolve(@Nullable Pod destination) {
        return switch (port) {
            case AnyPort a -> ConnectionSet.allOf(nonNull(protocol));
            case Range r -> ConnectionSet.of(nonNull(protocol), r.from(), r.to());
            case Named n -> resolveNamed(n.name(), destination);
        };
    }

    private ConnectionSet resolveNamed(String name, @Nullable Pod destination) {
        if (destination == null) {
            return ConnectionSet.NONE;
        }
        ConnectionSet out = ConnectionSet.NONE;
        for (ContainerPort cp : destination.ports()) {
            if (name.equals(cp.name()) && (protocol == null || protocol == cp.protocol())) {
                out = out.union(ConnectionSet.of(cp.protocol(), cp.port(), cp.port()));
            }
        }
        return out;
    }

    private static Protocol nonNull(@Nullable Protocol p) {
        if (p == null) {
            throw new IllegalStateException("protocol checked in constructor");
        }
        return p;
    }

    @Override
    public String toString() {
        String proto = protocol == null ? "" : protocol.name();
        return switch (port) {
            case AnyPort a -> proto;
            case Range r -> proto + (proto.isEmpty() ? "" : " ") + (r.from() == r.to() ? "" + r.from() : r.from() + "-" + r.to());
            case Named n -> proto + (proto.isEmpty() ? "" : " ") + n.name();
        };
    }
}

package dev.rampart.k8s.netpol;

/** One connlist line: the connections allowed from a source to a destination. */
public record Connection(Endpoint source, Endpoint destination, ConnectionSet connections) {
    /** {@code src => dst : conns}, as netpol-analyzer prints it. */
    public String line() {
        return source.display() + " => " + destination.display() + " : " + connections;
    }
}

package dev.rampart.k8s.netpol;

import java.util.Locale;

/** A single port asked about by {@code netpol check}: {@code 8080}, {@code 8080/TCP}, {@code 53/udp}. */
public record PortQuery(int port, Protocol protocol) {
    public PortQuery {
        if (port < ConnectionSet.MIN_PORT || port > ConnectionSet.MAX_PORT) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
    }

    public static PortQuery parse(String s) {
        String[] parts = s.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("'" + s + "' is not a port (expected PORT or PORT/PROTOCOL, e.g. 8080/TCP)");
        }
        int port;
        try {
            port = Integer.parseInt(parts[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a port (expected PORT or PORT/PROTOCOL, e.g. 8080/TCP)", e);
        }
        Protocol p = parts.length == 2 ? Protocol.parse(parts[1].trim().toUpperCase(Locale.ROOT)) : Protocol.TCP;
        return new PortQuery(port, p);
    }

    public ConnectionSet asSet() {
        return ConnectionSet.of(protocol, port, port);
    }

    @Override
    public String toString() {
        return port + "/" + protocol;
    }
}

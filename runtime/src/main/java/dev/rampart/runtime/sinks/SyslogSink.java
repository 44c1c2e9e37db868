package dev.rampart.runtime.sinks;

import dev.rampart.runtime.engine.Alert;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * Each alert as one RFC 5424 syslog message, {@code <PRI>1 TIMESTAMP HOSTNAME rampart - - - MSG}, with
 * facility user (1), the severity of the alert's priority, and the alert's JSON ({@link AlertJson}) as
 * MSG. Over UDP one datagram per alert; over TCP octet-counted frames ({@code LEN SP MSG}, RFC 6587),
 * each written out as the alert arrives.
 */
public final class SyslogSink implements AlertSink {
    /** RFC 5424 facility "user-level messages". */
    static final int FACILITY_USER = 1;
    private static final int TCP_CONNECT_TIMEOUT_MS = 10_000;

    private final Transport transport;

    private SyslogSink(Transport transport) {
        this.transport = transport;
    }

    /**
     * Opens a sink for {@code udp://host:port} or {@code tcp://host:port}; TCP connects now.
     *
     * @throws IllegalArgumentException if the address is not one of those forms
     */
    public static SyslogSink open(String address) throws IOException {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("syslog address '" + address + "' is not udp://host:port or tcp://host:port");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getPort() < 1 || !(scheme.equals("udp") || scheme.equals("tcp"))) {
            throw new IllegalArgumentException("syslog address '" + address + "' is not udp://host:port or tcp://host:port");
        }
        InetSocketAddress to = new InetSocketAddress(uri.getHost(), uri.getPort());
        if (to.isUnresolved()) {
            throw new IOException("syslog host '" + uri.getHost() + "' does not resolve");
        }
        return new SyslogSink(scheme.equals("udp") ? new Udp(to) : new Tcp(to));
    }

    /** The RFC 5424 message for one alert, without framing. */
    public static String format(Alert alert) {
        int pri = FACILITY_USER * 8 + alert.priority().syslogSeverity();
        return "<" + pri + ">1 " + timestamp(alert.timeNanos()) + " " + hostname(alert.hostname()) + " rampart - - - "
                + AlertJson.toJson(alert);
    }

    /** RFC 3339 UTC with microseconds: RFC 5424 allows at most six fraction digits. */
    static String timestamp(long nanos) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return t.toString().substring(0, 19) + "." + String.format(Locale.ROOT, "%06d", t.getNano() / 1000) + "Z";
    }

    /** Printable US-ASCII without spaces, at most 255 characters, or the nil value {@code -}. */
    static String hostname(String h) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < h.length() && sb.length() < 255; i++) {
            char c = h.charAt(i);
            if (c > 32 && c < 127) {
                sb.append(c);
            }
        }
        return sb.isEmpty() ? "-" : sb.toString();
    }

    @Override
    public void accept(Alert alert) throws IOException {
        transport.send(format(alert).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
        transport.flush();
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }

    private interface Transport {
        void send(byte[] message) throws IOException;

        void flush() throws IOException;

        void close() throws IOException;
    }

    private static final class Udp implements Transport {
        private final DatagramSocket socket;
        private final InetSocketAddress to;

        Udp(InetSocketAddress to) throws IOException {
            this.socket = new DatagramSocket();
            this.to = to;
        }

        @Override
        public void send(byte[] message) throws IOException {
            socket.send(new DatagramPacket(message, message.length, to));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            socket.close();
        }
    }

    private static final class Tcp implements Transport {
        private final Socket socket;
        private final OutputStream out;

        Tcp(InetSocketAddress to) throws IOException {
            Socket s = new Socket();
            try {
                s.connect(to, TCP_CONNECT_TIMEOUT_MS);
            } catch (IOException e) {
                s.close();
                throw new IOException("cannot connect to syslog at " + to + ": " + e.getMessage(), e);
            }
            this.socket = s;
            this.out = new BufferedOutputStream(s.getOutputStream(), 1 << 16);
        }

        @Override
        public void send(byte[] message) throws IOException {
            out.write((message.length + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(message);
            out.flush();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                out.flush();
            } finally {
                socket.close();
            }
        }
    }
}

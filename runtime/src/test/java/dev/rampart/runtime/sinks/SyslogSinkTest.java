package dev.rampart.runtime.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.runtime.engine.Alert;
import dev.rampart.runtime.rules.Priority;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyslogSinkTest {
    static final long TIME = 1_470_327_477_881_781_397L;

    static Alert alert(Priority p, String rule) {
        return new Alert(TIME, rule, p, "2016-08-04T16:17:57.881781397+0000: " + p.display() + " seen",
                Map.of("proc.cmdline", "cat /dev/null"), "syscall", List.of("filesystem"), "node-1");
    }

    @Test
    void format_isRfc5424WithUserFacilitySeverityAndAlertJson() {
        Alert a = alert(Priority.WARNING, "open_from_cat");
        assertThat(SyslogSink.format(a)).isEqualTo("<12>1 2016-08-04T16:17:57.881781Z node-1 rampart - - - " + AlertJson.toJson(a));
    }

    @Test
    void format_mapsEmergencyToPri8AndDebugToPri15() {
        assertThat(SyslogSink.format(alert(Priority.EMERGENCY, "r"))).startsWith("<8>1 ");
        assertThat(SyslogSink.format(alert(Priority.CRITICAL, "r"))).startsWith("<10>1 ");
        assertThat(SyslogSink.format(alert(Priority.DEBUG, "r"))).startsWith("<15>1 ");
    }

    @Test
    void format_writesNilHostnameWhenTheAlertHasNone() {
        Alert a = new Alert(TIME, "r", Priority.NOTICE, "o", Map.of(), "syscall", List.of(), " ");
        assertThat(SyslogSink.format(a)).startsWith("<13>1 2016-08-04T16:17:57.881781Z - rampart - - - {");
    }

    @Test
    void udp_sendsOneDatagramPerAlert() throws Exception {
        try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            Alert first = alert(Priority.ERROR, "one");
            Alert second = alert(Priority.INFORMATIONAL, "two");
            try (SyslogSink sink = SyslogSink.open("udp://127.0.0.1:" + server.getLocalPort())) {
                sink.accept(first);
                sink.accept(second);
            }
            assertThat(receive(server)).isEqualTo(SyslogSink.format(first));
            String two = receive(server);
            assertThat(two).startsWith("<14>1 ");
            String json = two.substring(two.indexOf(" - - - ") + 7);
            assertThat(new ObjectMapper().readTree(json).get("rule").asText()).isEqualTo("two");
        }
    }

    static String receive(DatagramSocket s) throws Exception {
        DatagramPacket p = new DatagramPacket(new byte[65_535], 65_535);
        s.receive(p);
        return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
    }

    @Test
    void tcp_framesEachMessageWithItsOctetCount() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            Alert first = alert(Priority.ALERT, "ünïcode rule");
            Alert second = alert(Priority.WARNING, "two");
            try (SyslogSink sink = SyslogSink.open("tcp://127.0.0.1:" + server.getLocalPort());
                    Socket peer = server.accept()) {
                sink.accept(first);
                sink.accept(second);
                sink.close();
                peer.setSoTimeout(10_000);
                byte[] all = readAll(peer.getInputStream());
                byte[] m1 = SyslogSink.format(first).getBytes(StandardCharsets.UTF_8);
                byte[] m2 = SyslogSink.format(second).getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                expected.writeBytes((m1.length + " ").getBytes(StandardCharsets.US_ASCII));
                expected.writeBytes(m1);
                expected.writeBytes((m2.length + " ").getBytes(StandardCharsets.US_ASCII));
                expected.writeBytes(m2);
                assertThat(all).isEqualTo(expected.toByteArray());
                assertThat(m1.length).isGreaterThan(SyslogSink.format(first).length());
            }
        }
    }

    static byte[] readAll(InputStream in) throws Exception {
        return new DataInputStream(in).readAllBytes();
    }

    @Test
    void open_rejectsAnAddressThatIsNotUdpOrTcp() {
        assertThatThrownBy(() -> SyslogSink.open("http://127.0.0.1:514"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "syslog address 'http://127.0.0.1:514' is not udp://host:port or tcp://host:port");
        assertThatThrownBy(() -> SyslogSink.open("udp://127.0.0.1")).isInstanceOf(IllegalArgumentException.class);
    }
}

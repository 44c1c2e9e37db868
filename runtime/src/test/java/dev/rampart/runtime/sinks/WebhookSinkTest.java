package dev.rampart.runtime.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.rampart.runtime.engine.Alert;
import dev.rampart.runtime.rules.Priority;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

class WebhookSinkTest {
    record Received(String method, String contentType, String body) {}

    /** A loopback server answering request n (from 0) with {@code status.applyAsInt(n)}. */
    static HttpServer server(List<Received> received, IntUnaryOperator status) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        AtomicInteger n = new AtomicInteger();
        s.createContext("/", x -> {
            try (x) {
                received.add(new Received(x.getRequestMethod(), x.getRequestHeaders().getFirst("Content-Type"),
                        new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                x.sendResponseHeaders(status.applyAsInt(n.getAndIncrement()), -1);
            }
        });
        s.start();
        return s;
    }

    static String url(HttpServer s) {
        return "http://127.0.0.1:" + s.getAddress().getPort() + "/falcosidekick";
    }

    @Test
    void postsEachAlertAsItsJson() throws Exception {
        List<Received> got = new CopyOnWriteArrayList<>();
        HttpServer s = server(got, n -> 200);
        try (WebhookSink sink = WebhookSink.open(url(s))) {
            Alert a = SyslogSinkTest.alert(Priority.WARNING, "open_from_cat");
            sink.accept(a);
            assertThat(got).containsExactly(new Received("POST", "application/json", AlertJson.toJson(a)));
            assertThat(sink.delivered()).isEqualTo(1);
            assertThat(sink.failures()).isEmpty();
        } finally {
            s.stop(0);
        }
    }

    @Test
    void retriesAServerErrorAndCountsTheAlertDeliveredWhenARetrySucceeds() throws Exception {
        List<Received> got = new CopyOnWriteArrayList<>();
        HttpServer s = server(got, n -> n == 0 ? 500 : 200);
        try (WebhookSink sink = WebhookSink.open(url(s))) {
            sink.accept(SyslogSinkTest.alert(Priority.ERROR, "r"));
            assertThat(got).hasSize(2);
            assertThat(got.get(1)).isEqualTo(got.get(0));
            assertThat(sink.delivered()).isEqualTo(1);
            assertThat(sink.failed()).isZero();
        } finally {
            s.stop(0);
        }
    }

    @Test
    void givesUpAfterTwoRetriesCountsTheFailureAndKeepsGoing() throws Exception {
        List<Received> got = new CopyOnWriteArrayList<>();
        HttpServer s = server(got, n -> n < 3 ? 503 : 204);
        try (WebhookSink sink = WebhookSink.open(url(s))) {
            sink.accept(SyslogSinkTest.alert(Priority.ERROR, "lost"));
            sink.accept(SyslogSinkTest.alert(Priority.ERROR, "kept"));
            assertThat(got).hasSize(4);
            assertThat(sink.failed()).isEqualTo(1);
            assertThat(sink.delivered()).isEqualTo(1);
            assertThat(sink.failures()).containsExactly("webhook " + url(s) + ": 1 alert not delivered after 3 attempts");
        } finally {
            s.stop(0);
        }
    }

    @Test
    void countsAnUnreachableEndpointAsFailed() throws Exception {
        HttpServer s = server(new CopyOnWriteArrayList<>(), n -> 200);
        String gone = url(s);
        s.stop(0);
        try (WebhookSink sink = WebhookSink.open(gone)) {
            sink.accept(SyslogSinkTest.alert(Priority.ERROR, "r"));
            assertThat(sink.failed()).isEqualTo(1);
        }
    }

    @Test
    void open_allowsHttpOnlyForLoopback() {
        assertThat(WebhookSink.open("http://localhost:2801/").url().getPort()).isEqualTo(2801);
        assertThat(WebhookSink.open("https://sidekick.example.com/").url().getScheme()).isEqualTo("https");
        assertThatThrownBy(() -> WebhookSink.open("http://192.0.2.10:2801/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook URL 'http://192.0.2.10:2801/' uses http; only https is allowed beyond loopback");
        assertThatThrownBy(() -> WebhookSink.open("ftp://127.0.0.1/")).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.rampart.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.testkit.Corpus;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpAuditEventSourceTest {
    static final Path AUDIT = Corpus.resolve("falco/falco-0.34.1-test/trace_files/k8s_audit");
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpAuditEventSource source;

    @BeforeEach
    void start() throws Exception {
        source = HttpAuditEventSource.listen(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        source.close();
        client.close();
    }

    HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + source.address().getPort() + "/k8s-audit");
    }

    static String event(String file) throws Exception {
        return Files.readString(AUDIT.resolve(file)).strip();
    }

    @Test
    void eventList_feedsEachItemAsAK8sAuditEvent() throws Exception {
        String list = "{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"items\":[" + event("exec_pod.json") + ","
                + event("create_secret.json") + "]}";
        HttpResponse<String> r = post(list);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("accepted 2 events\n");
        source.stop();
        Event first = source.next();
        Event second = source.next();
        assertThat(first).isInstanceOf(K8sAuditEvent.class);
        assertThat(first.source()).isEqualTo(EventSources.K8S_AUDIT);
        assertThat(((K8sAuditEvent) first).json().path("objectRef").path("subresource").asText()).isEqualTo("exec");
        assertThat(((K8sAuditEvent) second).json().path("objectRef").path("resource").asText()).isEqualTo("secrets");
        assertThat(source.next()).isNull();
    }

    @Test
    void singleEvent_isAcceptedToo() throws Exception {
        assertThat(post(event("create_secret.json")).statusCode()).isEqualTo(200);
        source.stop();
        assertThat(source.next()).isInstanceOf(K8sAuditEvent.class);
        assertThat(source.next()).isNull();
    }

    @Test
    void malformedBody_gets400WithOneLineAndIsCounted() throws Exception {
        HttpResponse<String> notJson = post("{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).startsWith("not a Kubernetes audit Event or EventList: ").endsWith("\n");
        assertThat(notJson.body().strip()).doesNotContain("\n");
        HttpResponse<String> wrongKind = post("{\"kind\":\"Pod\"}");
        assertThat(wrongKind.statusCode()).isEqualTo(400);
        assertThat(wrongKind.body()).isEqualTo("not a Kubernetes audit Event or EventList: kind is 'Pod', expected Event or EventList\n");
        assertThat(post("{\"kind\":\"EventList\",\"items\":[1]}").statusCode()).isEqualTo(400);
        assertThat(source.badEvents()).isEqualTo(3);
        source.stop();
        assertThat(source.next()).isNull();
    }

    @Test
    void get_isRefusedWith405() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri()).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
    }

    @Test
    void limitedSource_endsAfterTheLimitWithoutWaitingForMore() throws Exception {
        assertThat(post(event("exec_pod.json")).statusCode()).isEqualTo(200);
        LimitedEventSource limited = new LimitedEventSource(source, 1);
        assertThat(limited.next()).isNotNull();
        assertThat(limited.next()).isNull();
    }

    @Test
    void parseAddress_readsHostAndPortAndNamesWhatIsWrong() {
        assertThat(HttpAuditEventSource.parseAddress("127.0.0.1:8765")).isEqualTo(new InetSocketAddress("127.0.0.1", 8765));
        assertThatThrownBy(() -> HttpAuditEventSource.parseAddress("8765")).hasMessage("listen address '8765' is not host:port");
        assertThatThrownBy(() -> HttpAuditEventSource.parseAddress("h:x")).hasMessage("listen address 'h:x' has no numeric port");
    }
}

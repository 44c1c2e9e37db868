package dev.rampart.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.rampart.testkit.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run} with syslog and webhook sinks beside the output file, and with {@code --listen}. */
class RunSinksAndListenTest {
    static final Path K8S_RULES = Corpus.resolve("falco/falcosecurity-plugins/k8s_audit_rules.yaml");
    static final Path AUDIT = Corpus.resolve("falco/falco-0.34.1-test/trace_files/k8s_audit");
    static final Pattern LISTENING = Pattern.compile("listening for Kubernetes audit events on (http://\\S+)");

    final StringWriter out = new StringWriter();
    /** stderr, which completes {@link #listening} once the run reports its listen address. */
    final StringWriter err = new StringWriter() {
        @Override
        public void flush() {
            Matcher m = LISTENING.matcher(toString());
            if (m.find()) {
                listening.complete(URI.create(m.group(1) + "k8s-audit"));
            }
        }
    };
    final CompletableFuture<URI> listening = new CompletableFuture<>();

    int run(String... args) {
        CommandLine cli = new CommandLine(new RuntimeCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    static HttpServer webhook(List<String> bodies, int status) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        s.createContext("/", x -> {
            try (x) {
                bodies.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                x.sendResponseHeaders(status, -1);
            }
        });
        s.start();
        return s;
    }

    @Test
    void listen_turnsAPostedAuditEventListIntoAlertsOnEverySink(@TempDir Path tmp) throws Exception {
        Path alerts = tmp.resolve("alerts.jsonl");
        List<String> posted = new CopyOnWriteArrayList<>();
        HttpServer hook = webhook(posted, 200);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (DatagramSocket syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            syslog.setSoTimeout(10_000);
            Future<Integer> code = pool.submit(() -> run("run", "--rules", K8S_RULES.toString(), "--source", "k8s_audit",
                    "--listen", "127.0.0.1:0", "--max-events", "2", "--output", alerts.toString(),
                    "--syslog", "udp://127.0.0.1:" + syslog.getLocalPort(),
                    "--webhook", "http://127.0.0.1:" + hook.getAddress().getPort() + "/"));
            URI endpoint = awaitListening();

            HttpResponse<String> bad = post(client, endpoint, "not json");
            assertThat(bad.statusCode()).isEqualTo(400);
            String list = "{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"items\":["
                    + Files.readString(AUDIT.resolve("create_nginx_pod_privileged.json")).strip() + ","
                    + Files.readString(AUDIT.resolve("exec_pod.json")).strip() + "]}";
            assertThat(post(client, endpoint, list).statusCode()).isEqualTo(200);

            assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
            List<String> lines = Files.readAllLines(alerts);
            ObjectMapper m = new ObjectMapper();
            assertThat(lines).extracting(l -> m.readTree(l).get("rule").asText())
                    .containsExactly("Create Privileged Pod", "Attach/Exec Pod");
            JsonNode first = m.readTree(lines.get(0));
            assertThat(first.get("source").asText()).isEqualTo("k8s_audit");

            DatagramPacket p = new DatagramPacket(new byte[65_535], 65_535);
            syslog.receive(p);
            String msg = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
            assertThat(msg).startsWith("<12>1 ").contains(" rampart - - - ").endsWith(lines.get(0));

            assertThat(posted).containsExactlyElementsOf(lines);
            assertThat(err.toString()).contains("Events read: 2, evaluated: 2, bad lines skipped: 1")
                    .contains("Create Privileged Pod: 1").doesNotContain("Alerts not delivered");
        } finally {
            pool.shutdownNow();
            hook.stop(0);
        }
    }

    /** Waits (at most 30 s) for the listening line on stderr and returns the endpoint it names. */
    URI awaitListening() throws Exception {
        try {
            return listening.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("run never reported its listen address; stderr: " + err);
        }
    }

    static HttpResponse<String> post(HttpClient client, URI to, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(to).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void webhookThatKeepsFailing_isReportedInTheSummaryAndTheRunCompletes(@TempDir Path tmp) throws Exception {
        Path alerts = tmp.resolve("alerts.jsonl");
        List<String> posted = new CopyOnWriteArrayList<>();
        HttpServer hook = webhook(posted, 500);
        try {
            String url = "http://127.0.0.1:" + hook.getAddress().getPort() + "/";
            int code = run("run", "--rules", Corpus.resolve("falco/falco-0.34.1-test/rules/single_rule.yaml").toString(),
                    "--events", Corpus.resolve("falco/scap-as-jsonl/cat_write.jsonl").toString(),
                    "--output", alerts.toString(), "--webhook", url);
            assertThat(code).isZero();
            assertThat(Files.readAllLines(alerts)).hasSize(4);
            assertThat(posted).hasSize(12);
            assertThat(err.toString()).contains("Alerts: 4")
                    .contains("Alerts not delivered: webhook " + url + ": 4 alerts not delivered after 3 attempts");
        } finally {
            hook.stop(0);
        }
    }

    @Test
    void plainHttpWebhookBeyondLoopback_isAUsageError() {
        int code = run("run", "--rules", K8S_RULES.toString(), "--events", AUDIT.resolve("exec_pod.json").toString(),
                "--webhook", "http://192.0.2.10/");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("webhook URL 'http://192.0.2.10/' uses http; only https is allowed beyond loopback");
    }

    @Test
    void listenWithEvents_isAUsageError() {
        int code = run("run", "--rules", K8S_RULES.toString(), "--events", AUDIT.resolve("exec_pod.json").toString(),
                "--listen", "127.0.0.1:0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--listen and --events cannot be used together");
    }
}

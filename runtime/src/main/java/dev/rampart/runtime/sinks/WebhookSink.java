package dev.rampart.runtime.sinks;

import dev.rampart.runtime.engine.Alert;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * POSTs each alert as its JSON ({@link AlertJson}, {@code Content-Type: application/json}), the body
 * Falcosidekick accepts. A non-2xx answer or a connection error is retried twice; an alert that still
 * fails is counted (see {@link #failed()}, {@link #failures()}) and the run goes on.
 */
public final class WebhookSink implements AlertSink {
    /** Attempts per alert: the first and two retries. */
    static final int ATTEMPTS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final HttpClient client;
    private long delivered;
    private long failed;

    private WebhookSink(URI url) {
        this.url = url;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A sink for an {@code https} URL, or an {@code http} one whose host is a loopback address.
     *
     * @throws IllegalArgumentException for any other URL
     */
    public static WebhookSink open(String address) {
        URI u;
        try {
            u = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook URL '" + address + "' is not a valid URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (u.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("webhook URL '" + address + "' must be https://host[:port]/path");
        }
        if (scheme.equals("http") && !isLoopback(u.getHost())) {
            throw new IllegalArgumentException("webhook URL '" + address + "' uses http; only https is allowed beyond loopback");
        }
        return new WebhookSink(u);
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(h);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public URI url() {
        return url;
    }

    @Override
    public void accept(Alert alert) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AlertJson.toJson(alert))).build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    delivered++;
                    return;
                }
            } catch (IOException e) {
                // retried below, then counted as failed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        failed++;
    }

    /** Alerts the endpoint accepted (2xx). */
    public long delivered() {
        return delivered;
    }

    /** Alerts given up on after {@value #ATTEMPTS} attempts. */
    public long failed() {
        return failed;
    }

    @Override
    public List<String> failures() {
        return failed == 0 ? List.of() : List.of("webhook " + url + ": " + failed + " alert" + (failed == 1 ? "" : "s")
                + " not delivered after " + ATTEMPTS + " attempts");
    }

    @Override
    public void close() {
        client.close();
    }
}

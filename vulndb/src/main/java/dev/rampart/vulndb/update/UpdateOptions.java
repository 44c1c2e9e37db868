package dev.rampart.vulndb.update;

import dev.rampart.vulndb.imports.Limits;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@code rampart db update} fetches and how.
 *
 * @param baseUrl archives are fetched from {@code <baseUrl>/<Ecosystem>/all.zip}; must be {@code https}
 *                (plain {@code http} only for a mirror on this machine: {@code localhost}, {@code 127.0.0.1},
 *                {@code [::1]}), because the database decides what is reported as vulnerable
 * @param ecosystems osv.dev ecosystem names, as in its bucket ({@code Rocky Linux}, {@code crates.io})
 * @param downloadDir where archives are downloaded ({@code <name>.part} while incomplete), or null for
 *                    {@code <database>.downloads} beside the database
 * @param maxAttempts tries per archive; each try after the first resumes where the last one stopped
 * @param retryDelay wait before the second try, doubled before each further one
 * @param connectTimeout to open a connection
 * @param responseTimeout from sending a request to its response headers
 * @param idleTimeout longest wait for the next bytes of a body before the try is abandoned
 * @param maxArchiveBytes bytes one archive may have; a larger one fails its ecosystem
 * @param importLimits bounds on reading each archive
 */
public record UpdateOptions(
        URI baseUrl,
        List<String> ecosystems,
        @Nullable Path downloadDir,
        int maxAttempts,
        Duration retryDelay,
        Duration connectTimeout,
        Duration responseTimeout,
        Duration idleTimeout,
        long maxArchiveBytes,
        Limits importLimits) {

    public static final URI OSV_DEV = URI.create("https://osv-vulnerabilities.storage.googleapis.com");

    /** Distributions whose images Rampart catalogs, and the language ecosystems it catalogs. */
    public static final List<String> DEFAULT_ECOSYSTEMS = List.of("Debian", "Ubuntu", "Alpine", "AlmaLinux",
            "Rocky Linux", "Red Hat", "npm", "Maven", "PyPI", "Go", "crates.io", "RubyGems", "NuGet", "Packagist");

    public static final UpdateOptions DEFAULT = new UpdateOptions(OSV_DEV, DEFAULT_ECOSYSTEMS, null, 4,
            Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(60),
            8L << 30, Limits.DEFAULT);

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public UpdateOptions {
        ecosystems = List.copyOf(ecosystems);
        String scheme = String.valueOf(baseUrl.getScheme()).toLowerCase(Locale.ROOT);
        String host = String.valueOf(baseUrl.getHost()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
            throw new IllegalArgumentException("OSV base URL " + baseUrl + " is not https: plain http is allowed only"
                    + " for a mirror on localhost; use https or 'rampart db import' for offline copies");
        }
        if (ecosystems.isEmpty() || ecosystems.stream().anyMatch(e -> e.isBlank() || e.contains("/"))
                || Set.copyOf(ecosystems).size() != ecosystems.size()) {
            throw new IllegalArgumentException("ecosystems must be distinct, non-empty osv.dev names without '/': "
                    + ecosystems);
        }
        if (maxAttempts < 1 || maxArchiveBytes <= 0 || retryDelay.isNegative() || !connectTimeout.isPositive()
                || !responseTimeout.isPositive() || !idleTimeout.isPositive()) {
            throw new IllegalArgumentException("attempts, sizes and timeouts must be positive: " + this);
        }
    }

    public UpdateOptions withBaseUrl(URI url) {
        return new UpdateOptions(url, ecosystems, downloadDir, maxAttempts, retryDelay, connectTimeout,
                responseTimeout, idleTimeout, maxArchiveBytes, importLimits);
    }

    public UpdateOptions withEcosystems(List<String> names) {
        return new UpdateOptions(baseUrl, names, downloadDir, maxAttempts, retryDelay, connectTimeout,
                responseTimeout, idleTimeout, maxArchiveBytes, importLimits);
    }

    public UpdateOptions withDownloadDir(Path dir) {
        return new UpdateOptions(baseUrl, ecosystems, dir, maxAttempts, retryDelay, connectTimeout,
                responseTimeout, idleTimeout, maxArchiveBytes, importLimits);
    }

    public UpdateOptions withRetries(int attempts, Duration delay) {
        return new UpdateOptions(baseUrl, ecosystems, downloadDir, attempts, delay, connectTimeout,
                responseTimeout, idleTimeout, maxArchiveBytes, importLimits);
    }

    public UpdateOptions withIdleTimeout(Duration idle) {
        return new UpdateOptions(baseUrl, ecosystems, downloadDir, maxAttempts, retryDelay, connectTimeout,
                responseTimeout, idle, maxArchiveBytes, importLimits);
    }

    public UpdateOptions withMaxArchiveBytes(long bytes) {
        return new UpdateOptions(baseUrl, ecosystems, downloadDir, maxAttempts, retryDelay, connectTimeout,
                responseTimeout, idleTimeout, bytes, importLimits);
    }

    /** {@code <baseUrl>/<ecosystem>/all.zip}, the ecosystem's spaces and other specials percent-encoded. */
    public URI archiveUrl(String ecosystem) {
        String path = baseUrl.getPath() == null ? "" : baseUrl.getPath().replaceAll("/+$", "");
        try {
            return new URI(baseUrl.getScheme(), baseUrl.getRawAuthority(), path + "/" + ecosystem + "/all.zip", null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("cannot build the archive URL for ecosystem '" + ecosystem + "' under "
                    + baseUrl + ": " + e.getMessage(), e);
        }
    }
}

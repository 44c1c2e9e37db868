package dev.rampart.model;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Map;
import java.util.TreeMap;

/**
 * A package URL in its canonical form (https://github.com/package-url/purl-spec), for example
 * {@code pkg:deb/debian/curl@7.88.1-10?arch=amd64&distro=debian-12}.
 */
public record Purl(String canonical) implements Comparable<Purl> {
    public Purl {
        try {
            canonical = new PackageURL(canonical).canonicalize();
        } catch (MalformedPackageURLException e) {
            throw new IllegalArgumentException("invalid package URL '" + canonical + "': " + e.getMessage(), e);
        }
    }

    /**
     * Builds a purl from its parts; qualifiers with empty values are left out and the rest are
     * sorted, as the spec's canonical form requires.
     */
    public static Purl of(String type, String namespace, String name, String version, Map<String, String> qualifiers) {
        TreeMap<String, String> q = new TreeMap<>();
        qualifiers.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                q.put(k, v);
            }
        });
        try {
            PackageURL url = new PackageURL(type, namespace == null || namespace.isEmpty() ? null : namespace, name,
                    version == null || version.isEmpty() ? null : version, q.isEmpty() ? null : q, null);
            return new Purl(url.canonicalize());
        } catch (MalformedPackageURLException e) {
            throw new IllegalArgumentException("cannot build a package URL for " + type + " package '" + name + "': "
                    + e.getMessage(), e);
        }
    }

    public static Purl parse(String value) {
        return new Purl(value);
    }

    public String type() {
        return parsed().getType();
    }

    /** The decoded name ({@code libstdc++6}, not {@code libstdc%2B%2B6}). */
    public String name() {
        return parsed().getName();
    }

    /** The decoded version, or empty. */
    public String version() {
        String v = parsed().getVersion();
        return v == null ? "" : v;
    }

    /** Decoded qualifiers, sorted by key. */
    public Map<String, String> qualifiers() {
        Map<String, String> q = parsed().getQualifiers();
        return q == null ? Map.of() : new TreeMap<>(q);
    }

    private PackageURL parsed() {
        try {
            return new PackageURL(canonical);
        } catch (MalformedPackageURLException e) {
            throw new IllegalStateException("canonical purl no longer parses: " + canonical, e);
        }
    }

    @Override
    public int compareTo(Purl o) {
        return canonical.compareTo(o.canonical);
    }

    @Override
    public String toString() {
        return canonical;
    }
}

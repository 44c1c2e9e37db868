package dev.rampart.sbom.internal.license;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The license and exception identifiers of the SPDX License List, looked up without regard to
 * case as SPDX 2.3 Annex D asks ({@code mit} is {@code MIT}), answered in the list's own spelling.
 *
 * <p>The identifiers are resources beside this class; their README says where they come from.
 */
public final class SpdxLicenseList {
    /** The version of the SPDX License List the identifiers come from. */
    public static final String VERSION = "3.27";

    private static final SpdxLicenseList INSTANCE = new SpdxLicenseList(
            load("spdx-license-ids.txt"), load("spdx-exception-ids.txt"));

    private final Map<String, String> licenses;
    private final Map<String, String> exceptions;

    private SpdxLicenseList(Map<String, String> licenses, Map<String, String> exceptions) {
        this.licenses = licenses;
        this.exceptions = exceptions;
    }

    public static SpdxLicenseList get() {
        return INSTANCE;
    }

    /** The listed license id {@code id} names, in the list's spelling: {@code gpl-2.0-only} gives {@code GPL-2.0-only}. */
    public Optional<String> license(String id) {
        return Optional.ofNullable(licenses.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The listed exception id {@code id} names, in the list's spelling. */
    public Optional<String> exception(String id) {
        return Optional.ofNullable(exceptions.get(id.toLowerCase(Locale.ROOT)));
    }

    /** Every license id, in the list's order. */
    public Set<String> licenseIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(licenses.values()));
    }

    /** Every exception id, in the list's order. */
    public Set<String> exceptionIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(exceptions.values()));
    }

    private static Map<String, String> load(String resource) {
        InputStream in = SpdxLicenseList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing beside "
                    + SpdxLicenseList.class.getName() + ": the rampart-sbom jar is incomplete");
        }
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    byLowerCase.put(line.strip().toLowerCase(Locale.ROOT), line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return Collections.unmodifiableMap(byLowerCase);
    }
}

package dev.rampart.catalog.python;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The core metadata of an installed distribution: {@code *.dist-info/METADATA},
 * {@code *.egg-info/PKG-INFO}, or an {@code *.egg-info} written as a single file (distutils, as
 * some Debian packages ship it). The format is e-mail headers ({@code Name: six}), continuation
 * lines starting with white space, and an optional body (the description) after the first blank
 * line, which is not read.
 * Spec: https://packaging.python.org/en/latest/specifications/core-metadata/
 *
 * <p>Licenses, first that is present wins: {@code License-Expression} (PEP 639, an SPDX
 * expression); else a one-line {@code License} other than {@code UNKNOWN} (multi-line values are
 * the whole license text, not a name); else every {@code Classifier: License :: ...} by its last
 * part ({@code License :: OSI Approved :: MIT License} gives {@code MIT License}).
 */
final class CoreMetadataParser {
    private static final String LICENSE_CLASSIFIER = "License ::";

    private CoreMetadataParser() {}

    /** What one metadata file says; a field the file lacks is empty. */
    record Metadata(String name, String version, List<String> licenses) {}

    static Metadata parse(String text) {
        List<String[]> headers = headers(text);
        String expression = first(headers, "License-Expression");
        List<String> licenses;
        if (!expression.isBlank()) {
            licenses = List.of(expression.strip());
        } else {
            String license = first(headers, "License").strip();
            licenses = !license.isEmpty() && !license.contains("\n") && !license.equalsIgnoreCase("UNKNOWN")
                    ? List.of(license) : classifierLicenses(headers);
        }
        return new Metadata(first(headers, "Name").strip(), first(headers, "Version").strip(), licenses);
    }

    /** Header name and value pairs in file order, continuation lines joined with {@code \n}. */
    private static List<String[]> headers(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                break;
            }
            char c = line.charAt(0);
            if ((c == ' ' || c == '\t') && !out.isEmpty()) {
                String[] last = out.getLast();
                last[1] = last[1] + "\n" + line.strip();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
            }
        }
        return out;
    }

    private static String first(List<String[]> headers, String name) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return "";
    }

    private static List<String> classifierLicenses(List<String[]> headers) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] h : headers) {
            if (!h[0].equalsIgnoreCase("Classifier") || !h[1].startsWith(LICENSE_CLASSIFIER)) {
                continue;
            }
            String[] parts = h[1].split("::");
            String last = parts[parts.length - 1].strip();
            // "License :: OSI Approved" names a category, not a license
            if (parts.length >= 2 && !last.isEmpty() && !last.equals("OSI Approved")) {
                out.add(last);
            }
        }
        return List.copyOf(out);
    }
}

package dev.rampart.catalog.dpkg;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licenses a Debian package declares in {@code /usr/share/doc/<package>/copyright}, when that
 * file is in the machine-readable format (DEP-5): every {@code License:} field's short name, in
 * order of first appearance. Free-form copyright files yield none rather than a guess.
 * Spec: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
 */
final class CopyrightLicenses {
    private static final Pattern LICENSE = Pattern.compile("(?m)^License:[ \\t]*(\\S[^\\n]*)$");

    private CopyrightLicenses() {}

    static List<String> parse(String copyright) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = LICENSE.matcher(copyright);
        while (m.find()) {
            String name = m.group(1).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}

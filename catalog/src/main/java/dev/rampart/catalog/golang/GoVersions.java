package dev.rampart.catalog.golang;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go toolchain's version names as semantic versions, the form vulnerability databases key the
 * standard library by: {@code go1.22.3} is {@code 1.22.3}, {@code go1.19} (a first release before
 * Go 1.21 named its patch level only from {@code .1} on) is {@code 1.19.0}, {@code go1.21rc2} is
 * {@code 1.21.0-rc.2}. Anything after the version ({@code go1.22.3 X:boringcrypto}) is dropped;
 * development builds ({@code devel go1.23-abc123}) have none.
 * Versions: https://go.dev/doc/toolchain#version
 */
final class GoVersions {
    private static final Pattern RELEASE = Pattern.compile("go(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:(rc|beta)(\\d+))?(?:[ +-].*)?");

    private GoVersions() {}

    static Optional<String> semver(String goVersion) {
        Matcher m = RELEASE.matcher(goVersion.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String v = m.group(1) + "." + m.group(2) + "." + (m.group(3) != null ? m.group(3) : "0");
        return Optional.of(m.group(4) != null ? v + "-" + m.group(4) + "." + m.group(5) : v);
    }
}

package dev.rampart.vulndb.osv;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code affected[]}: a package in one ecosystem and the versions of it affected.
 *
 * @param ecosystem as OSV writes it, release included: {@code Debian:12}, {@code Alpine:v3.19},
 *                  {@code Ubuntu:22.04:LTS}, {@code Maven}, {@code PyPI}
 * @param name the package name in that ecosystem (source package for distros)
 * @param purl the package's purl when the record gives one
 * @param ranges version ranges, any of which affecting the version makes it affected
 * @param versions versions listed explicitly as affected
 * @param severity a per-package rating ({@code ecosystem_specific.severity} or
 *                 {@code database_specific.severity}), or null
 * @param extra other {@code ecosystem_specific}/{@code database_specific} strings kept for reports
 *              (e.g. Debian's {@code urgency}, Go's {@code imports})
 */
public record OsvAffected(
        String ecosystem,
        String name,
        @Nullable String purl,
        List<OsvRange> ranges,
        List<String> versions,
        @Nullable String severity,
        Map<String, String> extra) {

    public OsvAffected {
        ranges = List.copyOf(ranges);
        versions = List.copyOf(versions);
        extra = Map.copyOf(extra);
    }

    /** The ecosystem without its release: {@code Debian} for {@code Debian:12}. */
    public String ecosystemBase() {
        int colon = ecosystem.indexOf(':');
        return colon < 0 ? ecosystem : ecosystem.substring(0, colon);
    }
}

package dev.rampart.catalog.ruby;

import java.util.List;

/**
 * One gem as a gemspec or {@code Gemfile.lock} records it.
 *
 * @param name the gem name
 * @param version the version without its platform ({@code 1.15.4})
 * @param platform the platform it was built for ({@code x86_64-linux}, {@code java}), empty for pure-Ruby gems
 * @param licenses licenses from {@code s.licenses}/{@code s.license}; Gemfile.lock records none
 * @param checksum the checksum Bundler's {@code CHECKSUMS} section records ({@code sha256=...}), or empty
 * @param projectItself whether this is the project the lockfile belongs to ({@code PATH} with {@code remote: .})
 */
record Gem(String name, String version, String platform, List<String> licenses, String checksum, boolean projectItself) {
    Gem {
        licenses = List.copyOf(licenses);
    }
}

package dev.rampart.vulndb.version;

import java.util.Optional;

/**
 * How one ecosystem orders its versions: a total order that agrees with the ecosystem's own tool.
 *
 * <pre>{@code
 * VersionScheme debian = VersionScheme.forEcosystem("Debian:12").orElseThrow();   // Dpkg
 * debian.compare("1.2.3-1~deb12u1", "1.2.3-1")   // -1: '~' sorts before everything
 * ParsedVersion installed = debian.parse("1:2.36-9+deb12u4");
 * installed.compareTo(debian.parse("2.37-1"))   // 1: the epoch decides
 * debian.parse("1:")                             // InvalidVersionException
 * }</pre>
 *
 * <p>A version the scheme cannot order is refused with an {@link InvalidVersionException} that
 * names the scheme and the text; it is never ordered by a guess. No scheme trims: surrounding
 * whitespace is refused, since package databases and OSV records never carry it.
 */
public sealed interface VersionScheme
        permits Apk, Cran, Dpkg, GoModule, Hackage, Maven, NuGet, Packagist, Pep440, Pub, Rpm, RubyGems, SemVer {

    /** The scheme as messages name it, for example {@code Debian (dpkg)} or {@code Maven}. */
    String name();

    /** Parses a version of this scheme; an invalid one is reported, never silently ordered. */
    ParsedVersion parse(String version) throws InvalidVersionException;

    /** {@code -1}, {@code 0} or {@code 1} as {@code a} sorts before, with or after {@code b}. */
    default int compare(String a, String b) throws InvalidVersionException {
        return parse(a).compareTo(parse(b));
    }

    /**
     * The scheme for an OSV ecosystem, with or without its release suffix: {@code "Debian:12"},
     * {@code "Ubuntu:22.04:LTS"}, {@code "Alpine:v3.19"}, {@code "Red Hat:enterprise_linux:9::appstream"},
     * {@code "npm"}. Names are matched exactly, as the OSV schema spells them; an ecosystem whose
     * versions have no scheme here gives {@link Optional#empty()}.
     */
    static Optional<VersionScheme> forEcosystem(String osvEcosystem) {
        int colon = osvEcosystem.indexOf(':');
        String name = colon < 0 ? osvEcosystem : osvEcosystem.substring(0, colon);
        VersionScheme scheme = switch (name) {
            case "Debian", "Ubuntu" -> Dpkg.INSTANCE;
            case "Red Hat", "AlmaLinux", "Rocky Linux", "SUSE", "openSUSE", "Mageia", "openEuler", "Photon OS",
                 "Azure Linux", "Mariner" -> Rpm.INSTANCE;
            case "Alpine", "Wolfi", "Chainguard", "MinimOS" -> Apk.INSTANCE;
            case "Maven" -> Maven.INSTANCE;
            case "PyPI" -> Pep440.INSTANCE;
            case "npm", "crates.io", "Hex", "SwiftURL" -> SemVer.INSTANCE;
            case "NuGet" -> NuGet.INSTANCE;
            case "Go" -> GoModule.INSTANCE;
            case "RubyGems" -> RubyGems.INSTANCE;
            case "Packagist" -> Packagist.INSTANCE;
            case "Hackage" -> Hackage.INSTANCE;
            case "Pub" -> Pub.INSTANCE;
            case "CRAN", "Bioconductor" -> Cran.INSTANCE;
            default -> null;
        };
        return Optional.ofNullable(scheme);
    }
}

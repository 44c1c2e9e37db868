package dev.rampart.vulndb.match;

import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.PackageType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Where a package sits in OSV: the ecosystem base to look up, the names to look up, the version to
 * compare, and which full ecosystem strings apply (a Debian 12 package matches {@code Debian:12}
 * records only, never Debian 11's or Ubuntu's).
 *
 * @param via how the report explains the match
 */
record Coordinates(String ecosystemBase, List<String> names, String version, Predicate<String> ecosystem, String via) {

    /**
     * The coordinates of a package, or empty when it cannot be matched: no version, an unknown
     * distro, a Java runtime, or a language package an OS package installed (matched through that
     * OS package's distro advisories instead, since distros patch without changing upstream versions).
     */
    static Optional<Coordinates> of(Package p, @Nullable OperatingSystem os) {
        if (p.version().isEmpty() || p.properties().containsKey(PackageProperties.OWNED_BY)) {
            return Optional.empty();
        }
        return switch (p.type()) {
            case DEB, APK, RPM -> distro(p, os);
            case MAVEN -> language("Maven", p.name(), p);
            case NPM -> language("npm", p.name(), p);
            case PYPI -> language("PyPI", pep503(p.name()), p);
            case GOLANG -> language("Go", p.name(), p);
            case CARGO -> language("crates.io", p.name(), p);
            case GEM -> language("RubyGems", p.name(), p);
            case COMPOSER -> language("Packagist", p.name(), p);
            case NUGET -> language("NuGet", p.name(), p);
            case JDK -> Optional.empty();
        };
    }

    private static Optional<Coordinates> language(String ecosystem, String name, Package p) {
        // the Go vulnerability database writes SEMVER ranges without Go's "v" prefix
        String version = p.type() == PackageType.GOLANG && p.version().startsWith("v") ? p.version().substring(1) : p.version();
        return Optional.of(new Coordinates(ecosystem, List.of(name), version, e -> e.equals(ecosystem), ecosystem + " " + name));
    }


    static String pep503(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private static Optional<Coordinates> distro(Package p, @Nullable OperatingSystem os) {
        if (os == null) {
            return Optional.empty();
        }
        Package.SourcePackage src = p.sourceOrSelf();
        String release = os.release();
        return switch (os.id()) {
            case "debian" -> Optional.of(new Coordinates("Debian", List.of(src.name()), src.version(),
                    e -> e.equals("Debian:" + release), "Debian:" + release + " source " + src.name()));
            case "ubuntu" -> Optional.of(new Coordinates("Ubuntu", List.of(src.name()), src.version(),
                    e -> e.equals("Ubuntu:" + release) || e.equals("Ubuntu:" + release + ":LTS"),
                    "Ubuntu:" + release + " source " + src.name()));
            case "alpine" -> Optional.of(new Coordinates("Alpine", List.of(src.name()), p.version(),
                    e -> e.equals("Alpine:v" + release), "Alpine:v" + release + " origin " + src.name()));
            case "almalinux" -> rpm("AlmaLinux", "AlmaLinux:" + release, p, src);
            case "rocky" -> rpm("Rocky Linux", "Rocky Linux:" + release, p, src);
            case "rhel" -> Optional.of(new Coordinates("Red Hat", names(p, src), p.version(),
                    e -> e.startsWith("Red Hat:enterprise_linux:" + release + ":"), "Red Hat Enterprise Linux " + release));
            default -> Optional.empty();
        };
    }

    private static Optional<Coordinates> rpm(String base, String ecosystem, Package p, Package.SourcePackage src) {
        return Optional.of(new Coordinates(base, names(p, src), p.version(), e -> e.equals(ecosystem),
                ecosystem + " source " + src.name()));
    }

    /** rpm advisories name source packages (AlmaLinux) or binary ones (Red Hat): look up both. */
    private static List<String> names(Package p, Package.SourcePackage src) {
        return src.name().equals(p.name()) ? List.of(p.name()) : List.of(src.name(), p.name());
    }
}

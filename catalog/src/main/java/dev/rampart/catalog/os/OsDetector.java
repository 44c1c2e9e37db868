package dev.rampart.catalog.os;

import dev.rampart.image.FileTree;
import dev.rampart.model.OperatingSystem;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects the distribution: {@code /etc/os-release} (or {@code /usr/lib/os-release}) gives the id,
 * and the distro's own release file, where it is more precise, gives the version
 * ({@code /etc/debian_version} 12.5 over VERSION_ID 12, {@code /etc/alpine-release} 3.16.2,
 * {@code /etc/centos-release} 7.9.2009 over 7). Without os-release, the release files alone decide.
 */
public final class OsDetector {
    private static final Set<String> FILES = Set.of(
            "/etc/os-release", "/usr/lib/os-release", "/etc/alpine-release", "/etc/debian_version",
            "/etc/redhat-release", "/etc/centos-release", "/etc/rocky-release", "/etc/almalinux-release",
            "/etc/fedora-release", "/etc/system-release");
    private static final Pattern NUMERIC = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern RELEASE_LINE = Pattern.compile("^(.*?)\\s+release\\s+(\\d+(?:\\.\\d+)*)");

    private OsDetector() {}

    public static boolean wants(String path) {
        return FILES.contains(path);
    }

    public static Optional<OperatingSystem> detect(FileTree tree) {
        Optional<String> osRelease = text(tree, "/etc/os-release").or(() -> text(tree, "/usr/lib/os-release"));
        if (osRelease.isPresent()) {
            Map<String, String> f = OsReleaseParser.parse(osRelease.get());
            String id = f.getOrDefault("ID", "").toLowerCase(Locale.ROOT);
            if (!id.isEmpty()) {
                String version = refineVersion(tree, id, f.getOrDefault("VERSION_ID", ""));
                return Optional.of(new OperatingSystem(id, version, f.getOrDefault("PRETTY_NAME", f.getOrDefault("NAME", id))));
            }
        }
        return fromReleaseFiles(tree);
    }

    private static String refineVersion(FileTree tree, String id, String versionId) {
        Optional<String> precise = switch (id) {
            case "debian" -> firstLine(tree, "/etc/debian_version").filter(v -> NUMERIC.matcher(v).matches());
            case "alpine" -> firstLine(tree, "/etc/alpine-release").filter(v -> NUMERIC.matcher(v).matches());
            case "centos", "rhel", "rocky", "almalinux", "ol", "fedora" -> releaseNumber(tree);
            default -> Optional.empty();
        };
        // only a refinement of the same release: debian_version "bookworm/sid" or a mismatched major is ignored
        return precise.filter(p -> versionId.isEmpty() || p.equals(versionId) || p.startsWith(versionId + "."))
                .orElse(versionId);
    }

    private static Optional<String> releaseNumber(FileTree tree) {
        for (String f : new String[] {"/etc/centos-release", "/etc/rocky-release", "/etc/almalinux-release",
                                      "/etc/fedora-release", "/etc/redhat-release", "/etc/system-release"}) {
            Optional<String> line = firstLine(tree, f);
            if (line.isPresent()) {
                Matcher m = RELEASE_LINE.matcher(line.get());
                if (m.find()) {
                    return Optional.of(m.group(2));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OperatingSystem> fromReleaseFiles(FileTree tree) {
        Optional<String> alpine = firstLine(tree, "/etc/alpine-release");
        if (alpine.isPresent()) {
            return Optional.of(new OperatingSystem("alpine", alpine.get(), "Alpine Linux " + alpine.get()));
        }
        Optional<String> debian = firstLine(tree, "/etc/debian_version");
        if (debian.isPresent()) {
            return Optional.of(new OperatingSystem("debian", debian.get(), "Debian GNU/Linux " + debian.get()));
        }
        for (String f : new String[] {"/etc/centos-release", "/etc/rocky-release", "/etc/almalinux-release",
                                      "/etc/fedora-release", "/etc/redhat-release"}) {
            Optional<String> line = firstLine(tree, f);
            if (line.isPresent()) {
                Matcher m = RELEASE_LINE.matcher(line.get());
                if (m.find()) {
                    return Optional.of(new OperatingSystem(idFromName(m.group(1)), m.group(2), line.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static String idFromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("centos")) {
            return "centos";
        }
        if (n.startsWith("rocky")) {
            return "rocky";
        }
        if (n.startsWith("almalinux")) {
            return "almalinux";
        }
        if (n.startsWith("fedora")) {
            return "fedora";
        }
        return "rhel";
    }

    private static Optional<String> text(FileTree tree, String path) {
        return tree.read(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private static Optional<String> firstLine(FileTree tree, String path) {
        return text(tree, path).map(t -> t.lines().findFirst().orElse("").strip()).filter(s -> !s.isEmpty());
    }
}

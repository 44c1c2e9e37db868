package dev.rampart.sbom;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Inventory;
import dev.rampart.model.Issue;
import dev.rampart.model.Location;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageType;
import dev.rampart.model.Purl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an SBOM back into an inventory, for {@code rampart sbom scan}: CycloneDX JSON (any 1.x) and
 * SPDX 2.x JSON, whoever wrote them. Packages are the components (CycloneDX) or packages (SPDX)
 * with a purl of a type Rampart can match; the OS comes from an {@code operating-system} component,
 * else from a distro purl qualifier. Source packages come from Rampart's or Trivy's properties.
 */
public final class SbomDecoder {
    private final ObjectMapper json;

    public SbomDecoder() {
        json = JsonMapper.builder().build();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build());
    }

    public Inventory read(Path file) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a JSON SBOM: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        List<Issue> issues = new ArrayList<>();
        List<Package> packages = new ArrayList<>();
        OperatingSystem os;
        if ("CycloneDX".equals(root.path("bomFormat").asText())) {
            os = cycloneDx(root.path("components"), "/" + name, packages, issues, new OsHolder());
        } else if (root.path("spdxVersion").asText().startsWith("SPDX-2")) {
            os = spdx(root, "/" + name, packages, issues);
        } else {
            throw new IOException(file + ": neither CycloneDX (bomFormat) nor SPDX 2.x (spdxVersion) JSON");
        }
        if (os == null) {
            os = fromDistroQualifier(packages);
        }
        ArtifactInfo artifact = new ArtifactInfo(file.toString(), ArtifactKind.ROOT_DIRECTORY, null, null, List.of(), null, List.of());
        return new Inventory(artifact, os, packages, issues);
    }

    private static final class OsHolder {
        @Nullable OperatingSystem os;
    }

    private static @Nullable OperatingSystem cycloneDx(JsonNode components, String where, List<Package> out,
                                                       List<Issue> issues, OsHolder os) {
        for (JsonNode c : components) {
            if (c.path("type").asText().equals("operating-system") && os.os == null && !c.path("name").asText().isBlank()) {
                os.os = new OperatingSystem(c.path("name").asText().toLowerCase(Locale.ROOT).split(" ")[0],
                        c.path("version").asText(""), c.path("description").asText(c.path("name").asText()));
            }
            String purl = c.path("purl").asText("");
            if (!purl.isEmpty()) {
                Map<String, String> props = new HashMap<>();
                c.path("properties").forEach(p -> props.put(p.path("name").asText(), p.path("value").asText()));
                toPackage(purl, c.path("version").asText(""), props, where, issues).ifPresent(out::add);
            }
            cycloneDx(c.path("components"), where, out, issues, os);
        }
        return os.os;
    }

    private static @Nullable OperatingSystem spdx(JsonNode root, String where, List<Package> out, List<Issue> issues) {
        OperatingSystem os = null;
        for (JsonNode p : root.path("packages")) {
            if (p.path("primaryPackagePurpose").asText().equals("OPERATING_SYSTEM") && os == null) {
                os = new OperatingSystem(p.path("name").asText("linux").toLowerCase(Locale.ROOT), p.path("versionInfo").asText(""),
                        p.path("name").asText());
            }
            for (JsonNode ref : p.path("externalRefs")) {
                if (ref.path("referenceType").asText().equals("purl")) {
                    toPackage(ref.path("referenceLocator").asText(), p.path("versionInfo").asText(""), Map.of(), where, issues)
                            .ifPresent(out::add);
                }
            }
        }
        return os;
    }

    private static Optional<Package> toPackage(String purlText, String version, Map<String, String> props, String where,
                                               List<Issue> issues) {
        Purl purl;
        try {
            purl = Purl.parse(purlText);
        } catch (IllegalArgumentException e) {
            issues.add(new Issue(where, e.getMessage()));
            return Optional.empty();
        }
        Optional<PackageType> type = typeOf(purl.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String v = purl.version().isEmpty() ? version : purl.version();
        String epoch = purl.qualifiers().get("epoch");
        if (type.get() == PackageType.RPM && epoch != null && !epoch.equals("0") && !v.contains(":")) {
            v = epoch + ":" + v;
        }
        if (type.get() == PackageType.DEB && epoch != null && !epoch.equals("0") && !v.contains(":")) {
            v = epoch + ":" + v; // Trivy moves a Debian epoch to a qualifier
        }
        String ns = namespace(purlText);
        String name = switch (type.get()) {
            case MAVEN -> ns.isEmpty() ? purl.name() : ns + ":" + purl.name();
            case NPM, GOLANG, COMPOSER -> ns.isEmpty() ? purl.name() : ns + "/" + purl.name();
            default -> purl.name();
        };
        String srcName = first(props, "rampart:package:srcName", "aquasecurity:trivy:SrcName");
        String srcVersion = first(props, "rampart:package:srcVersion", "aquasecurity:trivy:SrcVersion");
        Package.SourcePackage source = srcName.isEmpty() ? null
                : new Package.SourcePackage(srcName, srcVersion.isEmpty() ? v : withEpoch(srcVersion, props));
        String path = first(props, "rampart:location:path", "aquasecurity:trivy:FilePath");
        Location location = new Location(null, path.isEmpty() ? where : path.startsWith("/") ? path : "/" + path);
        return Optional.of(new Package(type.get(), name, v, purl.qualifiers().getOrDefault("arch", ""), source, List.of(),
                purl, location, List.of(), Map.of()));
    }

    private static String withEpoch(String srcVersion, Map<String, String> props) {
        String epoch = props.getOrDefault("aquasecurity:trivy:SrcEpoch", "");
        String release = props.getOrDefault("aquasecurity:trivy:SrcRelease", "");
        String v = release.isEmpty() ? srcVersion : srcVersion + "-" + release;
        return epoch.isEmpty() || epoch.equals("0") ? v : epoch + ":" + v;
    }

    private static String namespace(String purl) {
        String rest = purl.substring(purl.indexOf('/') + 1);
        int at = rest.indexOf('@');
        int q = rest.indexOf('?');
        int end = at >= 0 ? at : q >= 0 ? q : rest.length();
        String path = rest.substring(0, end);
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : java.net.URLDecoder.decode(path.substring(0, slash), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Optional<PackageType> typeOf(String purlType) {
        for (PackageType t : PackageType.values()) {
            if (t.purlType().equals(purlType) && t != PackageType.JDK) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static @Nullable OperatingSystem fromDistroQualifier(List<Package> packages) {
        for (Package p : packages) {
            String distro = p.purl().qualifiers().get("distro");
            if (distro != null && p.type().isOsPackage()) {
                int dash = distro.indexOf('-');
                return dash > 0 ? new OperatingSystem(distro.substring(0, dash), distro.substring(dash + 1), distro)
                        : new OperatingSystem(p.purl().canonical().split("/")[1], distro, distro);
            }
        }
        return null;
    }

    private static String first(Map<String, String> props, String... keys) {
        for (String k : keys) {
            String v = props.get(k);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}

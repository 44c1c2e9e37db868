package dev.rampart.sbom.internal.cyclonedx;

import static dev.rampart.sbom.internal.RampartProperties.ARTIFACT_KIND;
import static dev.rampart.sbom.internal.RampartProperties.IMAGE_ID;
import static dev.rampart.sbom.internal.RampartProperties.IMAGE_MANIFEST_DIGEST;
import static dev.rampart.sbom.internal.RampartProperties.IMAGE_PLATFORM;
import static dev.rampart.sbom.internal.RampartProperties.IMAGE_REPO_TAG;
import static dev.rampart.sbom.internal.RampartProperties.LAYER_DIFF_ID;
import static dev.rampart.sbom.internal.RampartProperties.LOCATION_PATH;
import static dev.rampart.sbom.internal.RampartProperties.PACKAGE_ARCH;
import static dev.rampart.sbom.internal.RampartProperties.PACKAGE_PROPERTY_PREFIX;
import static dev.rampart.sbom.internal.RampartProperties.PACKAGE_SRC_NAME;
import static dev.rampart.sbom.internal.RampartProperties.PACKAGE_SRC_VERSION;
import static dev.rampart.sbom.internal.RampartProperties.PACKAGE_TYPE;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.Inventory;
import dev.rampart.model.LayerInfo;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.model.PackageProperties;
import dev.rampart.model.Suppression;
import dev.rampart.model.VulnerabilityFinding;
import dev.rampart.sbom.internal.ArtifactNames;
import dev.rampart.sbom.internal.UniqueRefs;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.model.vulnerability.Vulnerability.Analysis;
import org.cyclonedx.model.vulnerability.Vulnerability.Rating;
import org.jspecify.annotations.Nullable;

/**
 * Builds the CycloneDX model of an inventory.
 *
 * <ul>
 *   <li>{@code metadata.component}: the artifact, type {@code container}, named by its first repo
 *       tag or else the input name, versioned by its image id, with {@code rampart:image:*} and
 *       one {@code rampart:layer:diffId} property per layer;</li>
 *   <li>the operating system, type {@code operating-system}, when one was found;</li>
 *   <li>each package, type {@code library}, its purl as {@code bom-ref} (suffixed {@code |2},
 *       {@code |3}, ... when packages share a purl);</li>
 *   <li>dependencies: the artifact on the OS, the OS on every package (the artifact directly on
 *       the packages when no OS was found), every package on nothing;</li>
 *   <li>with findings, one {@code vulnerabilities} entry per finding, as described at
 *       {@link #translate(Inventory, List, Instant, UUID)}.</li>
 * </ul>
 */
public final class BomTranslator {
    private static final String TOOL_NAME = "rampart";

    private final String toolVersion;

    public BomTranslator(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public Bom translate(Inventory inventory, Instant timestamp, UUID serial) {
        return translate(inventory, List.of(), timestamp, serial);
    }

    /**
     * The BOM of {@code inventory} plus one {@code vulnerabilities} entry per finding, in the order
     * given (https://cyclonedx.org/docs/1.6/json/#vulnerabilities):
     *
     * <ul>
     *   <li>{@code id} the record's id; {@code source.name} from its prefix ({@code GHSA} GitHub,
     *       {@code CVE} NVD, {@code GO} Go, {@code DSA}/{@code DLA}/{@code DEBIAN} Debian, else OSV);
     *       {@code references} its aliases, each with its own source;</li>
     *   <li>one rating: score, severity, vector, method from the vector's prefix
     *       ({@code CVSS:3.1/} CVSSv31, {@code CVSS:3.0/} CVSSv3, {@code CVSS:4.0/} CVSSv4, a bare v2
     *       vector CVSSv2, else other);</li>
     *   <li>{@code description} the summary, {@code recommendation} the upgrade when a fix exists,
     *       {@code advisories} the reference URLs that parse as URIs;</li>
     *   <li>{@code affects} the package's component by its {@code bom-ref};</li>
     *   <li>{@code analysis} for suppressed findings: {@code resolved} when the reason starts with
     *       VEX status {@code fixed}, else {@code not_affected}, with the CycloneDX justification
     *       matching a VEX justification named in the reason, and source and reason as detail.</li>
     * </ul>
     *
     * @throws IllegalArgumentException when a finding names a package that is not in the inventory
     */
    public Bom translate(Inventory inventory, List<VulnerabilityFinding> findings, Instant timestamp, UUID serial) {
        UniqueRefs refs = new UniqueRefs("|");
        inventory.packages().forEach(p -> refs.reserve(p.purl().canonical()));

        Component root = artifact(inventory.artifact(), refs);
        Component os = inventory.os() == null ? null : operatingSystem(inventory.os(), refs);
        List<Component> packages = inventory.packages().stream().map(p -> library(p, refs)).toList();

        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + serial);
        bom.setVersion(1);
        bom.setMetadata(metadata(root, timestamp));
        List<Component> components = new ArrayList<>();
        if (os != null) {
            components.add(os);
        }
        components.addAll(packages);
        bom.setComponents(components);
        bom.setDependencies(dependencies(root, os, packages));
        if (!findings.isEmpty()) {
            Map<Package, String> refOf = new HashMap<>();
            for (int i = 0; i < packages.size(); i++) {
                refOf.putIfAbsent(inventory.packages().get(i), packages.get(i).getBomRef());
            }
            bom.setVulnerabilities(findings.stream().map(f -> vulnerability(f, refOf)).toList());
        }
        return bom;
    }

    private Metadata metadata(Component root, Instant timestamp) {
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setName(TOOL_NAME);
        tool.setVersion(toolVersion);
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));

        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(timestamp));
        metadata.setToolChoice(tools);
        metadata.setComponent(root);
        return metadata;
    }

    private static Component artifact(ArtifactInfo artifact, UniqueRefs refs) {
        Component c = new Component();
        c.setType(Component.Type.CONTAINER);
        c.setBomRef(refs.claim("artifact:" + (artifact.imageId() != null ? artifact.imageId() : artifact.name())));
        c.setName(ArtifactNames.displayName(artifact));
        if (artifact.imageId() != null) {
            c.setVersion(artifact.imageId().toString());
        }
        List<Property> properties = new ArrayList<>();
        add(properties, ARTIFACT_KIND, artifact.kind().label());
        add(properties, IMAGE_ID, artifact.imageId());
        add(properties, IMAGE_MANIFEST_DIGEST, artifact.manifestDigest());
        artifact.repoTags().forEach(tag -> add(properties, IMAGE_REPO_TAG, tag));
        add(properties, IMAGE_PLATFORM, artifact.platform());
        for (LayerInfo layer : artifact.layers()) {
            add(properties, LAYER_DIFF_ID, layer.diffId());
        }
        c.setProperties(properties);
        return c;
    }

    private static Component operatingSystem(OperatingSystem os, UniqueRefs refs) {
        Component c = new Component();
        c.setType(Component.Type.OPERATING_SYSTEM);
        c.setBomRef(refs.claim("os:" + os.id() + (os.version().isEmpty() ? "" : "@" + os.version())));
        c.setName(os.id());
        if (!os.version().isEmpty()) {
            c.setVersion(os.version());
        }
        if (!os.prettyName().isBlank()) {
            c.setDescription(os.prettyName());
        }
        return c;
    }

    private static Component library(Package p, UniqueRefs refs) {
        Component c = new Component();
        c.setType(Component.Type.LIBRARY);
        c.setBomRef(refs.claim(p.purl().canonical()));
        c.setName(p.name());
        if (!p.version().isEmpty()) {
            c.setVersion(p.version());
        }
        c.setPurl(p.purl().canonical());
        CycloneDxLicenses.of(p.licenses()).ifPresent(c::setLicenses);
        List<Property> properties = new ArrayList<>();
        add(properties, PACKAGE_TYPE, p.type().purlType());
        if (p.source() != null) {
            add(properties, PACKAGE_SRC_NAME, p.source().name());
            add(properties, PACKAGE_SRC_VERSION, p.source().version());
        }
        add(properties, PACKAGE_ARCH, p.architecture());
        add(properties, LAYER_DIFF_ID, p.location().layer());
        add(properties, LOCATION_PATH, p.location().path());
        p.properties().forEach((key, value) -> add(properties, PACKAGE_PROPERTY_PREFIX + key, value));
        c.setProperties(properties);
        String sha1 = p.properties().get(PackageProperties.SHA1);
        if (sha1 != null) {
            c.setHashes(List.of(new org.cyclonedx.model.Hash(org.cyclonedx.model.Hash.Algorithm.SHA1, sha1)));
        }
        return c;
    }

    private static List<Dependency> dependencies(Component root, @Nullable Component os, List<Component> packages) {
        List<Dependency> graph = new ArrayList<>();
        Dependency rootNode = new Dependency(root.getBomRef());
        graph.add(rootNode);
        Dependency packagesParent = rootNode;
        if (os != null) {
            rootNode.addDependency(new Dependency(os.getBomRef()));
            packagesParent = new Dependency(os.getBomRef());
            graph.add(packagesParent);
        }
        for (Component p : packages) {
            packagesParent.addDependency(new Dependency(p.getBomRef()));
            graph.add(new Dependency(p.getBomRef()));
        }
        return graph;
    }

    private static Vulnerability vulnerability(VulnerabilityFinding finding, Map<Package, String> refOf) {
        dev.rampart.model.Vulnerability record = finding.vulnerability();
        String ref = refOf.get(finding.pkg());
        if (ref == null) {
            throw new IllegalArgumentException("finding " + record.id() + " names " + finding.pkg().purl()
                    + " in " + finding.pkg().location() + ", which is not in the inventory");
        }
        Vulnerability v = new Vulnerability();
        v.setId(record.id());
        v.setSource(source(record.id()));
        for (String alias : record.aliases()) {
            Vulnerability.Reference reference = new Vulnerability.Reference();
            reference.setId(alias);
            reference.setSource(source(alias));
            v.addReference(reference);
        }
        v.addRating(rating(record));
        if (!record.summary().isBlank()) {
            v.setDescription(record.summary());
        }
        if (!finding.fixedVersions().isEmpty()) {
            v.setRecommendation("Upgrade " + finding.pkg().name() + " to "
                    + (finding.fixedVersions().size() == 1 ? "" : "one of ") + String.join(", ", finding.fixedVersions()));
        }
        for (String url : record.references()) {
            if (isUri(url)) {
                Vulnerability.Advisory advisory = new Vulnerability.Advisory();
                advisory.setUrl(url);
                v.addAdvisory(advisory);
            }
        }
        Vulnerability.Affect affect = new Vulnerability.Affect();
        affect.setRef(ref);
        v.setAffects(List.of(affect));
        if (finding.suppression() != null) {
            v.setAnalysis(analysis(finding.suppression()));
        }
        return v;
    }

    private static Vulnerability.Source source(String id) {
        String prefix = id.substring(0, Math.max(0, id.indexOf('-'))).toUpperCase(Locale.ROOT);
        Vulnerability.Source source = new Vulnerability.Source();
        source.setName(switch (prefix) {
            case "GHSA" -> "GitHub";
            case "CVE" -> "NVD";
            case "GO" -> "Go";
            case "DSA", "DLA", "DEBIAN" -> "Debian";
            default -> "OSV";
        });
        return source;
    }

    private static Rating rating(dev.rampart.model.Vulnerability record) {
        Rating rating = new Rating();
        rating.setScore(record.score());
        rating.setSeverity(Rating.Severity.fromString(record.severity().name().toLowerCase(Locale.ROOT)));
        String vector = record.vector();
        rating.setVector(vector);
        Rating.Method method = Rating.Method.OTHER;
        if (vector != null) {
            if (vector.startsWith("CVSS:3.1/")) {
                method = Rating.Method.CVSSV31;
            } else if (vector.startsWith("CVSS:3.0/")) {
                method = Rating.Method.CVSSV3;
            } else if (vector.startsWith("CVSS:4.0/")) {
                method = Rating.Method.CVSSV4;
            } else if (vector.startsWith("AV:")) {
                method = Rating.Method.CVSSV2;
            }
        }
        rating.setMethod(method);
        return rating;
    }

    /** VEX status and justification (OpenVEX, CSAF) as CycloneDX states them. */
    private static Analysis analysis(Suppression suppression) {
        String reason = suppression.reason().toLowerCase(Locale.ROOT);
        Analysis analysis = new Analysis();
        analysis.setState(reason.startsWith("fixed") ? Analysis.State.RESOLVED : Analysis.State.NOT_AFFECTED);
        if (reason.contains("component_not_present") || reason.contains("vulnerable_code_not_present")) {
            analysis.setJustification(Analysis.Justification.CODE_NOT_PRESENT);
        } else if (reason.contains("vulnerable_code_not_in_execute_path")) {
            analysis.setJustification(Analysis.Justification.CODE_NOT_REACHABLE);
        } else if (reason.contains("vulnerable_code_cannot_be_controlled_by_adversary")) {
            analysis.setJustification(Analysis.Justification.REQUIRES_ENVIRONMENT);
        } else if (reason.contains("inline_mitigations_already_exist")) {
            analysis.setJustification(Analysis.Justification.PROTECTED_BY_MITIGATING_CONTROL);
        }
        analysis.setDetail(suppression.reason() + " (" + suppression.source() + ")");
        return analysis;
    }

    private static boolean isUri(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void add(List<Property> properties, String name, @Nullable Object value) {
        if (value != null && !value.toString().isEmpty()) {
            properties.add(new Property(name, value.toString()));
        }
    }
}

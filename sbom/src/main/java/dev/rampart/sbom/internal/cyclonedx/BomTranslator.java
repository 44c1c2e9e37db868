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
import dev.rampart.sbom.internal.ArtifactNames;
import dev.rampart.sbom.internal.UniqueRefs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;
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
 *       the packages when no OS was found), every package on nothing.</li>
 * </ul>
 */
public final class BomTranslator {
    private static final String TOOL_NAME = "rampart";

    private final String toolVersion;

    public BomTranslator(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public Bom translate(Inventory inventory, Instant timestamp, UUID serial) {
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

    private static void add(List<Property> properties, String name, @Nullable Object value) {
        if (value != null && !value.toString().isEmpty()) {
            properties.add(new Property(name, value.toString()));
        }
    }
}

package dev.rampart.sbom.internal.spdx;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.Inventory;
import dev.rampart.model.LayerInfo;
import dev.rampart.model.OperatingSystem;
import dev.rampart.model.Package;
import dev.rampart.sbom.internal.ArtifactNames;
import dev.rampart.sbom.internal.UniqueRefs;
import dev.rampart.sbom.internal.license.SpdxLicenseList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds the SPDX 2.3 document of an inventory.
 *
 * <ul>
 *   <li>{@code SPDXRef-Artifact}: the image (or root directory), purpose {@code CONTAINER},
 *       named by its first repo tag or else the input name, versioned by its image id, its
 *       digests, tags and layers in {@code comment};</li>
 *   <li>{@code SPDXRef-OperatingSystem}, purpose {@code OPERATING_SYSTEM}, when one was found;</li>
 *   <li>{@code SPDXRef-Package-<16 hex>} per package, the hex from a SHA-256 of its type, purl and
 *       location, so the id is stable from one run to the next; its purl as a
 *       {@code PACKAGE-MANAGER} reference; its database file and layer in {@code sourceInfo};</li>
 *   <li>relationships: the document {@code DESCRIBES} the artifact, which {@code CONTAINS} the
 *       OS, which {@code CONTAINS} every package (the artifact contains them when no OS was found).</li>
 * </ul>
 *
 * <p>Nothing is asserted that Rampart did not establish: download locations and concluded
 * licenses are {@code NOASSERTION}; the declared license is what the package database records.
 */
public final class SpdxTranslator {
    static final String ARTIFACT_ID = "SPDXRef-Artifact";
    static final String OS_ID = "SPDXRef-OperatingSystem";
    private static final String NAMESPACE_BASE = "https://spdx.org/spdxdocs/rampart-";

    private final String toolVersion;

    public SpdxTranslator(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public SpdxDocument translate(Inventory inventory, Instant created, UUID namespaceId) {
        String name = ArtifactNames.displayName(inventory.artifact());
        SpdxLicenses licenses = SpdxLicenses.forPackages(inventory.packages());
        UniqueRefs ids = new UniqueRefs("-");
        ids.claim(ARTIFACT_ID);
        ids.claim(OS_ID);

        List<SpdxPackage> packages = new ArrayList<>();
        List<SpdxRelationship> relationships = new ArrayList<>();
        packages.add(artifact(inventory.artifact()));
        relationships.add(SpdxRelationship.describes(SpdxDocument.ID, ARTIFACT_ID));
        String packagesParent = ARTIFACT_ID;
        if (inventory.os() != null) {
            packages.add(operatingSystem(inventory.os()));
            relationships.add(SpdxRelationship.contains(ARTIFACT_ID, OS_ID));
            packagesParent = OS_ID;
        }
        for (Package p : inventory.packages()) {
            SpdxPackage spdx = library(p, ids.claim(packageId(p)), licenses);
            packages.add(spdx);
            relationships.add(SpdxRelationship.contains(packagesParent, spdx.spdxId()));
        }
        return new SpdxDocument(SpdxDocument.VERSION, SpdxDocument.DATA_LICENSE, SpdxDocument.ID, name,
                NAMESPACE_BASE + safe(name) + "-" + namespaceId,
                new SpdxCreationInfo(DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)),
                        List.of("Tool: rampart-" + toolVersion), SpdxLicenseList.VERSION),
                packages, relationships, licenses.definitions());
    }

    private static SpdxPackage artifact(ArtifactInfo artifact) {
        return new SpdxPackage(ARTIFACT_ID, ArtifactNames.displayName(artifact),
                artifact.imageId() == null ? null : artifact.imageId().toString(), null, describe(artifact),
                SpdxPackage.NOASSERTION, false, "CONTAINER", null,
                SpdxPackage.NOASSERTION, SpdxPackage.NOASSERTION, List.of());
    }

    private static SpdxPackage operatingSystem(OperatingSystem os) {
        return new SpdxPackage(OS_ID, os.id(), emptyToNull(os.version()), emptyToNull(os.prettyName().strip()), null,
                SpdxPackage.NOASSERTION, false, "OPERATING_SYSTEM", null,
                SpdxPackage.NOASSERTION, SpdxPackage.NOASSERTION, List.of());
    }

    private static SpdxPackage library(Package p, String spdxId, SpdxLicenses licenses) {
        return new SpdxPackage(spdxId, p.name(), emptyToNull(p.version()), null, null,
                SpdxPackage.NOASSERTION, false, purpose(p), sourceInfo(p),
                SpdxPackage.NOASSERTION, licenses.declared(p.licenses()),
                List.of(SpdxExternalRef.purl(p.purl().canonical())));
    }

    /**
     * What the package is for (7.24). {@code LIBRARY} for every package: an inventory says where a
     * package was installed from, not whether it ships a program or code for others to link, and
     * the spec's default for software that other software builds on is library. Use
     * {@code APPLICATION} once the model can tell executables apart.
     */
    private static String purpose(Package p) {
        return "LIBRARY";
    }

    /** {@code <kind> input; image id ...; manifest digest ...; repo tags ...; platform ...; layers (diff ids, bottom first): ...}. */
    private static String describe(ArtifactInfo artifact) {
        StringJoiner text = new StringJoiner("; ");
        text.add(artifact.kind().label() + " input " + artifact.name());
        if (artifact.imageId() != null) {
            text.add("image id " + artifact.imageId());
        }
        if (artifact.manifestDigest() != null) {
            text.add("manifest digest " + artifact.manifestDigest());
        }
        if (!artifact.repoTags().isEmpty()) {
            text.add("repo tags " + String.join(", ", artifact.repoTags()));
        }
        if (artifact.platform() != null) {
            text.add("platform " + artifact.platform());
        }
        if (!artifact.layers().isEmpty()) {
            text.add("layers (diff ids, bottom first) "
                    + String.join(", ", artifact.layers().stream().map(LayerInfo::diffId).map(Object::toString).toList()));
        }
        return text.toString();
    }

    /** {@code <type> database <path> in layer <diff id>[; built from source package <name> <version>]}. */
    private static String sourceInfo(Package p) {
        StringBuilder text = new StringBuilder(p.type().purlType()).append(" database ").append(p.location().path());
        if (p.location().layer() != null) {
            text.append(" in layer ").append(p.location().layer());
        }
        if (p.source() != null) {
            text.append("; built from source package ").append(p.source().name());
            if (!p.source().version().isEmpty()) {
                text.append(' ').append(p.source().version());
            }
        }
        return text.toString();
    }

    private static String packageId(Package p) {
        String key = p.type().purlType() + "\n" + p.purl().canonical() + "\n" + p.location().layer() + "\n" + p.location().path();
        return "SPDXRef-Package-" + HexFormat.of().formatHex(sha256(key), 0, 8);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Letters, digits, {@code .}, {@code _} and {@code -}, for the document namespace URI. */
    private static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._\\-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "artifact" : safe;
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}

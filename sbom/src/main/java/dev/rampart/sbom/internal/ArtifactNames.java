package dev.rampart.sbom.internal;

import dev.rampart.model.ArtifactInfo;

/** How an SBOM names what was scanned. */
public final class ArtifactNames {
    private ArtifactNames() {}

    /** The first repository tag ({@code debian:12}) when the archive records one, else the input as the user named it. */
    public static String displayName(ArtifactInfo artifact) {
        return artifact.repoTags().isEmpty() ? artifact.name() : artifact.repoTags().getFirst();
    }
}

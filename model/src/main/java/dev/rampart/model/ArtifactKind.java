package dev.rampart.model;

/** The form an inventoried artifact was given in. */
public enum ArtifactKind {
    DOCKER_ARCHIVE("docker-archive"),
    OCI_LAYOUT("oci-layout"),
    OCI_ARCHIVE("oci-archive"),
    ROOT_DIRECTORY("rootfs");

    private final String label;

    ArtifactKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

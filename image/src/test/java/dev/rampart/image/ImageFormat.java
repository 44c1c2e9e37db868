package dev.rampart.image;

import dev.rampart.model.ArtifactKind;
import dev.rampart.testkit.ImageBuilder;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** The forms {@link ImageBuilder} writes, for tests that hold every form to the same behaviour. */
enum ImageFormat {
    DOCKER_LEGACY("image.tar", ArtifactKind.DOCKER_ARCHIVE, ImageBuilder::writeDockerArchive),
    DOCKER_OCI("image.tar", ArtifactKind.DOCKER_ARCHIVE, ImageBuilder::writeDockerArchiveOciStyle),
    DOCKER_OCI_DOT_SLASH("image.tar", ArtifactKind.DOCKER_ARCHIVE,
            (b, p) -> b.dotSlashNames().writeDockerArchiveOciStyle(p)),
    OCI_LAYOUT("layout", ArtifactKind.OCI_LAYOUT, ImageBuilder::writeOciLayout),
    OCI_ARCHIVE("oci.tar", ArtifactKind.OCI_ARCHIVE, ImageBuilder::writeOciArchive),
    OCI_ARCHIVE_DOT_SLASH("oci.tar", ArtifactKind.OCI_ARCHIVE, (b, p) -> b.dotSlashNames().writeOciArchive(p)),
    DOCKER_LEGACY_GZIPPED("image.tar.gz", ArtifactKind.DOCKER_ARCHIVE,
            (b, p) -> ImageBuilder.gzip(b.writeDockerArchive(p.resolveSibling("plain.tar")), p)),
    OCI_ARCHIVE_GZIPPED("oci.tar.gz", ArtifactKind.OCI_ARCHIVE,
            (b, p) -> ImageBuilder.gzip(b.writeOciArchive(p.resolveSibling("plain.tar")), p));

    final String fileName;
    final ArtifactKind kind;
    private final BiFunction<ImageBuilder, Path, Path> writer;

    ImageFormat(String fileName, ArtifactKind kind, BiFunction<ImageBuilder, Path, Path> writer) {
        this.fileName = fileName;
        this.kind = kind;
        this.writer = writer;
    }

    /** Writes the image in this form into {@code dir} and returns the path to read. */
    Path write(ImageBuilder image, Path dir) {
        return writer.apply(image, dir.resolve(fileName));
    }

    /** Whether the form names layers by blob digest (all but the legacy docker archive). */
    boolean checksBlobDigests() {
        return this != DOCKER_LEGACY && this != DOCKER_LEGACY_GZIPPED;
    }
}

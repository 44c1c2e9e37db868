package dev.rampart.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Where an image comes from. {@link #detect(Path)} picks the form from what is on disk.
 */
public sealed interface ImageSource {
    Path path();

    /** A {@code docker save} archive, legacy or Docker 25+ (OCI blobs with a {@code manifest.json}). */
    record DockerArchive(Path path) implements ImageSource {}

    /** An OCI image layout directory ({@code oci-layout}, {@code index.json}, {@code blobs/}). */
    record OciLayout(Path path) implements ImageSource {}

    /** An OCI image layout packed in a tar (skopeo's {@code oci-archive}). */
    record OciArchive(Path path) implements ImageSource {}

    /** A plain directory holding an unpacked root file system. */
    record RootDirectory(Path path) implements ImageSource {}

    /**
     * Picks the source form: a directory with {@code index.json} is an OCI layout, any other
     * directory a root file system; a tar (optionally gzip-compressed) with {@code manifest.json} is a
     * docker archive, one with only {@code index.json} an OCI archive.
     *
     * @throws ImageReadException when the path is missing or is neither
     */
    static ImageSource detect(Path path) throws ImageReadException {
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve("index.json")) ? new OciLayout(path) : new RootDirectory(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new ImageReadException(path + ": no such file or directory");
        }
        boolean index = false;
        int seen = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
             TarArchiveInputStream tar = new TarArchiveInputStream(maybeGunzip(raw))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null && seen++ < 100_000) {
                String name = e.getName().startsWith("./") ? e.getName().substring(2) : e.getName();
                if (name.equals("manifest.json")) {
                    return new DockerArchive(path);
                }
                index |= name.equals("index.json");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImageReadException(path + ": not a tar archive, OCI layout or directory (" + e.getMessage() + ")", e);
        }
        if (seen == 0) {
            // a file shorter than one tar header reads as an empty tar: it is no tar at all
            throw new ImageReadException(path + ": not a tar archive, OCI layout or directory (no tar entry found)");
        }
        if (index) {
            return new OciArchive(path);
        }
        throw new ImageReadException(path + ": tar archive has neither manifest.json (docker save) nor index.json (OCI layout)");
    }

    private static InputStream maybeGunzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}

package dev.rampart.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;

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
        List<String> names;
        try {
            names = entryNames(path);
        } catch (IOException | IllegalArgumentException e) {
            throw new ImageReadException(path + ": not a tar archive, OCI layout or directory (" + e.getMessage() + ")", e);
        }
        int seen = names.size();
        boolean index = false;
        for (String raw : names) {
            String name = raw.startsWith("./") ? raw.substring(2) : raw;
            if (name.equals("manifest.json")) {
                return new DockerArchive(path);
            }
            index |= name.equals("index.json");
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

    /**
     * The names of the archive's first 100,000 entries. A plain tar is read through its index,
     * seeking past contents (a docker save archive names manifest.json after its layers); a
     * gzip-compressed one has to be streamed.
     */
    private static List<String> entryNames(Path path) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            InputStream in = maybeGunzip(raw);
            if (in == raw) {
                try (TarFile tar = new TarFile(path)) {
                    for (TarArchiveEntry e : tar.getEntries()) {
                        if (names.size() >= 100_000) {
                            break;
                        }
                        names.add(e.getName());
                    }
                }
                return names;
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
                TarArchiveEntry e;
                while (names.size() < 100_000 && (e = tar.getNextEntry()) != null) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    private static InputStream maybeGunzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}

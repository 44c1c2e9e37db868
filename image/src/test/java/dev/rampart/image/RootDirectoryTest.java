package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Issue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain directory read as a one-layer image; links in it never lead to the host. */
class RootDirectoryTest {
    @TempDir
    Path tmp;

    private Path root;

    @BeforeEach
    void rootfs() throws Exception {
        root = Files.createDirectories(tmp.resolve("rootfs"));
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/os-release"), "ID=alpine\n");
        Files.createDirectories(root.resolve("usr/bin"));
        Files.writeString(root.resolve("usr/bin/env"), "ELF");
    }

    private static ImageFiles read(Path path, PathFilter wanted) throws ImageReadException {
        return ImageReader.builder().wanting(wanted).build().read(ImageSource.detect(path));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void read_directoryIsOneLayerWithNoDigests() throws Exception {
        ImageFiles files = read(root, p -> p.equals("/etc/os-release"));

        assertThat(files.artifact().kind()).isEqualTo(ArtifactKind.ROOT_DIRECTORY);
        assertThat(files.artifact().name()).isEqualTo(root.toString());
        assertThat(files.artifact().imageId()).isNull();
        assertThat(files.artifact().manifestDigest()).isNull();
        assertThat(files.artifact().platform()).isNull();
        assertThat(files.artifact().layers()).isEmpty();
        assertThat(files.layerDiffId(0)).isNull();
        assertThat(files.config()).isEqualTo(ImageConfig.EMPTY);
        assertThat(files.tree().all()).extracting(FileNode::path)
                .containsExactlyInAnyOrder("/etc", "/etc/os-release", "/usr", "/usr/bin", "/usr/bin/env");
        assertThat(files.tree().all()).extracting(FileNode::layer).containsOnly(0);
        assertThat(files.tree().read("/etc/os-release")).get().extracting(RootDirectoryTest::text).isEqualTo("ID=alpine\n");
        assertThat(files.tree().get("/usr/bin/env")).get().satisfies(n -> {
            assertThat(n.size()).isEqualTo(3);
            assertThat(n.content()).isNull();
        });
        assertThat(files.issues()).isEmpty();
    }

    @Test
    void read_symlinkToAHostPathResolvesInsideTheScannedTree() throws Exception {
        Files.createDirectories(root.resolve("app"));
        Files.createSymbolicLink(root.resolve("app/passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(root.resolve("app/os"), Path.of("/etc/os-release"));
        Files.createSymbolicLink(root.resolve("app/up"), Path.of("../../../../../../etc/hostname"));

        ImageFiles files = read(root, p -> true);

        // the host has /etc/passwd and /etc/hostname; the scanned tree has neither
        assertThat(files.tree().resolve("/app/passwd")).isEmpty();
        assertThat(files.tree().resolve("/app/up")).isEmpty();
        // an absolute link means the tree's own /etc/os-release, not the host's
        assertThat(files.tree().read("/app/os")).get().extracting(RootDirectoryTest::text).isEqualTo("ID=alpine\n");
        assertThat(files.tree().get("/app/passwd")).get().satisfies(n -> {
            assertThat(n.type()).isEqualTo(FileNode.Type.SYMLINK);
            assertThat(n.linkTarget()).isEqualTo("/etc/passwd");
        });
    }

    @Test
    void read_fileNamedLikeAHostFileThatIsALinkToItselfEndsEmpty() throws Exception {
        // etc/passwd -> /etc/passwd: inside the tree the link points at itself
        Files.createSymbolicLink(root.resolve("etc/passwd"), Path.of("/etc/passwd"));

        ImageFiles files = read(root, p -> true);

        assertThat(files.tree().resolve("/etc/passwd")).isEmpty();
        assertThat(files.tree().read("/etc/passwd")).isEmpty();
    }

    @Test
    void read_symlinkedDirectoryIsRecordedNotWalked() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "host secret");
        Files.createSymbolicLink(root.resolve("mnt"), outside);

        ImageFiles files = read(root, p -> true);

        assertThat(files.tree().get("/mnt")).get().extracting(FileNode::type).isEqualTo(FileNode.Type.SYMLINK);
        assertThat(files.tree().all()).extracting(FileNode::path).noneMatch(p -> p.startsWith("/mnt/"));
        assertThat(files.tree().read("/mnt/secret")).isEmpty();
    }

    @Test
    void read_rootGivenAsASymlinkToADirectoryReadsTheDirectory() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("rootfs-link"), root);

        ImageFiles files = read(link, p -> true);

        assertThat(files.tree().read("/etc/os-release")).get().extracting(RootDirectoryTest::text).isEqualTo("ID=alpine\n");
        assertThat(files.artifact().name()).isEqualTo(link.toString());
    }

    @Test
    void read_skipsFifosWithAnIssue() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("etc/initctl").toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo exit code").isZero();

        ImageFiles files = read(root, p -> true);

        assertThat(files.tree().get("/etc/initctl")).isEmpty();
        assertThat(files.issues()).containsExactly(
                new Issue(root.toString(), "skipped 1 device files, FIFOs or sockets"));
    }

    @Test
    void read_aFileSkippedForTheTotalBudgetDoesNotUseItUp() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("budget"));
        Files.write(dir.resolve("big"), new byte[150]);
        for (int i = 0; i < 20; i++) {
            Files.write(dir.resolve("small" + i), new byte[] {(byte) i});
        }
        Limits d = Limits.DEFAULT;
        Limits limits = new Limits(d.maxLayerBytes(), d.maxEntriesPerLayer(), 1000, 100, d.maxMetadataBytes(),
                d.maxPathLength(), d.maxSymlinkHops(), d.maxIndexDepth(), d.maxArchiveBytes());

        ImageFiles files = ImageReader.builder().limits(limits).wanting(p -> true).build()
                .read(new ImageSource.RootDirectory(dir));

        // big alone passes the 100-byte budget and is skipped; every small file, read before or after it, fits
        assertThat(files.tree().read("/big")).isEmpty();
        for (int i = 0; i < 20; i++) {
            assertThat(files.tree().read("/small" + i)).as("/small" + i).get().isEqualTo(new byte[] {(byte) i});
        }
        assertThat(files.issues()).containsExactly(new Issue(dir.resolve("big").toString(),
                "skipped: 150 bytes exceeds the in-memory limit for /big (Limits.maxBufferedFileBytes / maxBufferedTotalBytes)"));
    }

    @Test
    void read_skipsAWantedFileLargerThanMaxBufferedFileBytesWithAnIssue() throws Exception {
        Files.write(root.resolve("usr/bin/big"), new byte[2000]);

        ImageFiles files = ImageReader.builder().limits(Limits.DEFAULT.withMaxBufferedFileBytes(1000)).wanting(p -> true)
                .build().read(ImageSource.detect(root));

        assertThat(files.tree().get("/usr/bin/big")).get().satisfies(n -> {
            assertThat(n.size()).isEqualTo(2000);
            assertThat(n.content()).isNull();
        });
        assertThat(files.issues()).containsExactly(new Issue(root.resolve("usr/bin/big").toString(),
                "skipped: 2000 bytes exceeds the in-memory limit for /usr/bin/big"
                        + " (Limits.maxBufferedFileBytes / maxBufferedTotalBytes)"));
    }
}

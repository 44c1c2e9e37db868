package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.ImageBuilder.Compression;
import dev.rampart.testkit.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whiteouts and replacements, applied bottom to top as the OCI image spec's "Applying changesets" says. */
class LayerOrderTest {
    @TempDir
    Path dir;

    private FileTree squash(TarBuilder... layers) throws ImageReadException {
        ImageBuilder image = new ImageBuilder();
        for (TarBuilder layer : layers) {
            image.layer(layer, Compression.GZIP);
        }
        ImageFiles files = ImageReader.builder().wanting(p -> true).build()
                .read(ImageSource.detect(image.writeOciLayout(dir.resolve("layout"))));
        return files.tree();
    }

    private static String text(FileTree tree, String path) {
        return tree.read(path).map(b -> new String(b, StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void read_fileDeletedByWhiteoutInLaterLayerIsAbsent() throws Exception {
        FileTree tree = squash(
                new TarBuilder().dir("etc").file("etc/secret", "s").file("etc/keep", "k"),
                new TarBuilder().whiteout("etc/secret"));

        assertThat(tree.get("/etc/secret")).isEmpty();
        assertThat(tree.get("/etc/.wh.secret")).isEmpty();
        assertThat(text(tree, "/etc/keep")).isEqualTo("k");
    }

    @Test
    void read_whiteoutOfADirectoryRemovesItsContents() throws Exception {
        FileTree tree = squash(
                new TarBuilder().dir("opt/app").file("opt/app/bin", "b").dir("opt/app/lib").file("opt/app/lib/x.so", "x")
                        .file("opt/application", "not a child"),
                new TarBuilder().whiteout("opt/app"));

        assertThat(tree.all()).extracting(FileNode::path).containsExactly("/opt/application");
    }

    @Test
    void read_whiteoutAtTheRootDeletesATopLevelEntry() throws Exception {
        FileTree tree = squash(
                new TarBuilder().file(".dockerenv", "").file("keep", "k"),
                new TarBuilder().whiteout(".dockerenv"));

        assertThat(tree.all()).extracting(FileNode::path).containsExactly("/keep");
    }

    @Test
    void read_opaqueDirectoryHidesLowerContentsButKeepsItsOwnLayersEntries() throws Exception {
        FileTree tree = squash(
                new TarBuilder().dir("etc").dir("etc/apt").file("etc/apt/old.list", "old").dir("etc/apt/sub")
                        .file("etc/apt/sub/deep", "d").file("etc/hosts", "h"),
                new TarBuilder().dir("etc/apt").opaque("etc/apt").file("etc/apt/new.list", "new"));

        assertThat(tree.all()).extracting(FileNode::path)
                .containsExactlyInAnyOrder("/etc", "/etc/hosts", "/etc/apt", "/etc/apt/new.list");
        assertThat(text(tree, "/etc/apt/new.list")).isEqualTo("new");
    }

    @Test
    void read_opaqueMarkerAfterItsLayersEntriesStillKeepsThem() throws Exception {
        // tar order inside a layer must not matter: the marker hides only lower layers
        FileTree tree = squash(
                new TarBuilder().file("etc/apt/old.list", "old"),
                new TarBuilder().file("etc/apt/new.list", "new").opaque("etc/apt"));

        assertThat(tree.list("/etc/apt")).extracting(FileNode::path).containsExactly("/etc/apt/new.list");
    }

    @Test
    void read_whiteoutDoesNotHideEntriesOfItsOwnLayer() throws Exception {
        FileTree tree = squash(
                new TarBuilder().file("etc/conf", "lower"),
                new TarBuilder().file("etc/conf", "same layer").whiteout("etc/conf"));

        assertThat(text(tree, "/etc/conf")).isEqualTo("same layer");
        assertThat(tree.get("/etc/conf")).get().extracting(FileNode::layer).isEqualTo(1);
    }

    @Test
    void read_fileReplacedInLaterLayerHasLaterBytesAndLayerIndex() throws Exception {
        FileTree tree = squash(
                new TarBuilder().file("etc/os-release", "ID=debian\nVERSION_ID=11\n"),
                new TarBuilder().file("etc/motd", "hi"),
                new TarBuilder().file("etc/os-release", "ID=debian\nVERSION_ID=12\n"));

        assertThat(text(tree, "/etc/os-release")).isEqualTo("ID=debian\nVERSION_ID=12\n");
        assertThat(tree.get("/etc/os-release")).get().satisfies(n -> {
            assertThat(n.layer()).isEqualTo(2);
            assertThat(n.size()).isEqualTo(24);
        });
        assertThat(tree.get("/etc/motd")).get().extracting(FileNode::layer).isEqualTo(1);
    }

    @Test
    void read_directoryReplacedByAFileLosesItsChildren() throws Exception {
        FileTree tree = squash(
                new TarBuilder().dir("srv").dir("srv/data").file("srv/data/a", "a").file("srv/data-other", "o"),
                new TarBuilder().file("srv/data", "now a file"));

        assertThat(tree.all()).extracting(FileNode::path)
                .containsExactlyInAnyOrder("/srv", "/srv/data", "/srv/data-other");
        assertThat(tree.get("/srv/data")).get().extracting(FileNode::type).isEqualTo(FileNode.Type.FILE);
    }

    @Test
    void read_directoryWithoutItsOwnEntryReplacedByAFileLosesItsChildren() throws Exception {
        // tars need not list parent directories: "srv/data/a" alone makes /srv/data a directory
        FileTree tree = squash(
                new TarBuilder().file("srv/data/a", "a"),
                new TarBuilder().file("srv/data", "now a file"));

        assertThat(tree.all()).extracting(FileNode::path).containsExactly("/srv/data");
        assertThat(text(tree, "/srv/data")).isEqualTo("now a file");
    }

    @Test
    void read_directoryReplacedByASymlinkLosesItsChildren() throws Exception {
        FileTree tree = squash(
                new TarBuilder().dir("lib").file("lib/libc.so", "old").dir("usr/lib").file("usr/lib/libc.so", "new"),
                new TarBuilder().symlink("lib", "usr/lib"));

        assertThat(tree.get("/lib/libc.so")).isEmpty();
        assertThat(text(tree, "/lib/libc.so")).isEqualTo("new");
    }

    @Test
    void read_fileReplacedByADirectoryKeepsTheNewChildren() throws Exception {
        FileTree tree = squash(
                new TarBuilder().file("cfg", "file"),
                new TarBuilder().dir("cfg").file("cfg/a", "a"));

        assertThat(tree.get("/cfg")).get().extracting(FileNode::type).isEqualTo(FileNode.Type.DIRECTORY);
        assertThat(text(tree, "/cfg/a")).isEqualTo("a");
    }

    @Test
    void read_ignoresAufsBookkeepingEntries() throws Exception {
        FileTree tree = squash(
                new TarBuilder().file("etc/plnk", "kept").file("etc/x", "x"),
                new TarBuilder().file(".wh..wh.plnk/1234.5678", "").dir(".wh..wh.aufs").file(".wh..wh.orph", "")
                        .file("etc/.wh..wh.plnk", ""));

        assertThat(tree.all()).extracting(FileNode::path)
                .containsExactlyInAnyOrder("/etc/plnk", "/etc/x");
    }

    @Test
    void read_hardLinkKeepsItsBytesWhenTheTargetIsReplacedInALaterLayer() throws Exception {
        // a hard link is the same file as its target when its layer is unpacked; replacing the
        // target's path later makes a new file there and leaves the link's file as it was
        FileTree tree = squash(
                new TarBuilder().file("usr/bin/python3.11", "old").hardlink("usr/bin/python3", "usr/bin/python3.11"),
                new TarBuilder().file("usr/bin/python3.11", "new"));

        assertThat(text(tree, "/usr/bin/python3")).isEqualTo("old");
        assertThat(text(tree, "/usr/bin/python3.11")).isEqualTo("new");
        assertThat(tree.resolve("/usr/bin/python3")).get().extracting(FileNode::layer).isEqualTo(0);
    }

    @Test
    void read_hardLinkKeepsItsBytesWhenTheTargetIsDeletedInALaterLayer() throws Exception {
        FileTree tree = squash(
                new TarBuilder().file("usr/lib/os-release", "ID=debian").hardlink("etc/os-release", "usr/lib/os-release"),
                new TarBuilder().whiteout("usr/lib/os-release"));

        assertThat(tree.get("/usr/lib/os-release")).isEmpty();
        assertThat(text(tree, "/etc/os-release")).isEqualTo("ID=debian");
    }

    @Test
    void read_hardLinkToAFileOfALowerLayerResolvesToIt() throws Exception {
        FileTree tree = squash(
                new TarBuilder().file("usr/bin/tool", "v1"),
                new TarBuilder().hardlink("usr/local/bin/tool", "usr/bin/tool"));

        assertThat(tree.resolve("/usr/local/bin/tool")).get().extracting(FileNode::path).isEqualTo("/usr/bin/tool");
        assertThat(text(tree, "/usr/local/bin/tool")).isEqualTo("v1");
    }

    @Test
    void read_packageDatabaseDeletedInLaterLayerIsGone() throws Exception {
        FileTree tree = squash(
                new TarBuilder().dir("var/lib/dpkg").file("var/lib/dpkg/status", "Package: bash\n")
                        .dir("lib/apk/db").file("lib/apk/db/installed", "P:musl\n"),
                new TarBuilder().whiteout("var/lib/dpkg/status").whiteout("lib/apk/db"));

        assertThat(tree.read("/var/lib/dpkg/status")).isEmpty();
        assertThat(tree.read("/lib/apk/db/installed")).isEmpty();
        assertThat(tree.get("/var/lib/dpkg")).isPresent();
    }

    @Test
    void read_fileRecreatedAfterAWhiteoutInAHigherLayerIsBack() throws Exception {
        FileTree tree = squash(
                new TarBuilder().file("etc/conf", "v1"),
                new TarBuilder().whiteout("etc/conf"),
                new TarBuilder().file("etc/conf", "v3"));

        assertThat(text(tree, "/etc/conf")).isEqualTo("v3");
        assertThat(tree.get("/etc/conf")).get().extracting(FileNode::layer).isEqualTo(2);
    }
}

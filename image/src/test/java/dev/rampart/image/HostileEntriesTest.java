package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.model.Issue;
import dev.rampart.testkit.ImageBuilder;
import dev.rampart.testkit.ImageBuilder.Compression;
import dev.rampart.testkit.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries an attacker can write into a layer: each is skipped or contained, with an issue naming it. */
class HostileEntriesTest {
    @TempDir
    Path dir;

    private String layer0;

    private ImageFiles read(TarBuilder... layers) throws ImageReadException {
        ImageBuilder image = new ImageBuilder();
        for (TarBuilder layer : layers) {
            image.layer(layer, Compression.GZIP);
        }
        layer0 = "layer 0 (" + image.diffIds().get(0).substring(7, 19) + ")";
        return ImageReader.builder().wanting(p -> true).build()
                .read(ImageSource.detect(image.writeOciArchive(dir.resolve("oci.tar"))));
    }

    private static String text(FileTree tree, String path) {
        return tree.read(path).map(b -> new String(b, StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void read_skipsEntryThatLeavesRoot() throws Exception {
        ImageFiles files = read(new TarBuilder().file("../evil", "x").file("a/../../evil2", "x")
                .file("./../evil3", "x").file("etc/ok", "ok"));

        assertThat(files.tree().all()).extracting(FileNode::path).containsExactly("/etc/ok");
        assertThat(files.issues()).containsExactly(
                new Issue(layer0 + " entry ../evil", "skipped: the path leaves the image root"),
                new Issue(layer0 + " entry a/../../evil2", "skipped: the path leaves the image root"),
                new Issue(layer0 + " entry ./../evil3", "skipped: the path leaves the image root"));
    }

    @Test
    void read_takesAbsoluteNamesRelativeToTheRootWithOneIssue() throws Exception {
        ImageFiles files = read(new TarBuilder().file("/etc/passwd", "root:x:0:0").file("/etc/shadow", "root:*")
                .file("usr/bin/env", "elf"));

        assertThat(text(files.tree(), "/etc/passwd")).isEqualTo("root:x:0:0");
        assertThat(text(files.tree(), "/etc/shadow")).isEqualTo("root:*");
        assertThat(files.issues()).containsExactly(
                new Issue(layer0 + " entry /etc/passwd", "absolute entry names are read relative to the image root"));
    }

    @Test
    void read_resolvesSymlinksOutOfTheRootInsideTheImageOnly() throws Exception {
        ImageFiles files = read(new TarBuilder().file("etc/passwd", "image's passwd")
                .symlink("usr/share/evil", "../../../../etc/passwd")
                .symlink("app/shadow", "/etc/shadow")
                .symlink("app/hostname", "../../../../../../etc/hostname"));
        FileTree tree = files.tree();

        assertThat(tree.resolve("/usr/share/evil")).get().extracting(FileNode::path).isEqualTo("/etc/passwd");
        assertThat(text(tree, "/usr/share/evil")).isEqualTo("image's passwd");
        // the host has /etc/shadow and /etc/hostname; the image does not, so nothing is found
        assertThat(tree.resolve("/app/shadow")).isEmpty();
        assertThat(tree.resolve("/app/hostname")).isEmpty();
        assertThat(tree.get("/app/shadow")).get().extracting(FileNode::linkTarget).isEqualTo("/etc/shadow");
        assertThat(files.issues()).isEmpty();
    }

    @Test
    void read_symlinkLoopsEndWithEmptyResults() throws Exception {
        FileTree tree = read(new TarBuilder().symlink("loop/a", "b").symlink("loop/b", "a")
                .symlink("self", "self").symlink("dir", "dir/sub")).tree();

        assertThat(tree.resolve("/loop/a")).isEmpty();
        assertThat(tree.read("/loop/b")).isEmpty();
        assertThat(tree.resolve("/self")).isEmpty();
        assertThat(tree.resolve("/dir/file")).isEmpty();
        assertThat(tree.list("/loop")).hasSize(2);
    }

    @Test
    void read_skipsHardLinkOutOfTheRoot() throws Exception {
        ImageFiles files = read(new TarBuilder().file("etc/hosts", "127.0.0.1 localhost")
                .hardlink("x", "../x").hardlink("y", "etc/../../y").hardlink("hosts", "etc/hosts"));

        assertThat(files.tree().all()).extracting(FileNode::path).containsExactlyInAnyOrder("/etc/hosts", "/hosts");
        assertThat(text(files.tree(), "/hosts")).isEqualTo("127.0.0.1 localhost");
        assertThat(files.issues()).containsExactly(
                new Issue(layer0 + " entry /x", "skipped hard link to '../x' outside the image root"),
                new Issue(layer0 + " entry /y", "skipped hard link to 'etc/../../y' outside the image root"));
    }

    @Test
    void read_skipsDeviceFilesAndFifosWithAnIssue() throws Exception {
        ImageFiles files = read(new TarBuilder().charDevice("dev/null").blockDevice("dev/sda").fifo("run/initctl")
                .file("etc/ok", "ok"));

        assertThat(files.tree().all()).extracting(FileNode::path).containsExactly("/etc/ok");
        assertThat(files.issues()).containsExactly(
                new Issue(layer0 + " entry /dev/null", "skipped device file (device files and FIFOs have no content to scan)"),
                new Issue(layer0 + " entry /dev/sda", "skipped device file (device files and FIFOs have no content to scan)"),
                new Issue(layer0 + " entry /run/initctl", "skipped FIFO (device files and FIFOs have no content to scan)"));
    }

    @Test
    void read_duplicateEntryLastOneWinsWithAnIssue() throws Exception {
        ImageFiles files = read(new TarBuilder().file("etc/os-release", "ID=first").file("etc/os-release", "ID=second")
                .dir("etc").dir("etc/"));

        assertThat(text(files.tree(), "/etc/os-release")).isEqualTo("ID=second");
        assertThat(files.tree().get("/etc/os-release")).get().extracting(FileNode::size).isEqualTo(9L);
        // a directory listed twice is normal (tar appends parents): no issue for it
        assertThat(files.issues()).containsExactly(
                new Issue(layer0 + " entry /etc/os-release", "appears more than once; the last one is used"));
    }

    @Test
    void read_hardLinkInTheSameLayerGivesTheTargetsBytes() throws Exception {
        FileTree tree = read(new TarBuilder().file("usr/bin/perl5.36", "#!perl").hardlink("usr/bin/perl", "usr/bin/perl5.36"))
                .tree();

        assertThat(tree.get("/usr/bin/perl")).get().satisfies(n -> {
            assertThat(n.type()).isEqualTo(FileNode.Type.HARDLINK);
            assertThat(n.size()).isEqualTo(6);
        });
        assertThat(text(tree, "/usr/bin/perl")).isEqualTo("#!perl");
    }
}

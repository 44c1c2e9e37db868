package dev.rampart.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FileTreeTest {
    private final TreeMap<String, FileNode> nodes = new TreeMap<>();

    private FileTreeTest file(String path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        nodes.put(path, new FileNode(path, FileNode.Type.FILE, bytes.length, 0644, null, 0, bytes));
        return this;
    }

    private FileTreeTest dir(String path) {
        nodes.put(path, new FileNode(path, FileNode.Type.DIRECTORY, 0, 0755, null, 0, null));
        return this;
    }

    private FileTreeTest symlink(String path, String target) {
        nodes.put(path, new FileNode(path, FileNode.Type.SYMLINK, 0, 0777, target, 0, null));
        return this;
    }

    private FileTreeTest hardlink(String path, String target) {
        nodes.put(path, new FileNode(path, FileNode.Type.HARDLINK, 0, 0644, target, 0, null));
        return this;
    }

    private FileTree tree() {
        return new FileTree(nodes, 40);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void list_returnsDirectChildrenInNameOrder() {
        dir("/etc").file("/etc/passwd", "p").file("/etc/hosts", "h").dir("/etc/ssl").file("/etc/ssl/cert.pem", "c")
                .file("/etcetera", "x").dir("/usr");

        assertThat(tree().list("/etc")).extracting(FileNode::path)
                .containsExactly("/etc/hosts", "/etc/passwd", "/etc/ssl");
        assertThat(tree().list("/etc/")).extracting(FileNode::path)
                .containsExactly("/etc/hosts", "/etc/passwd", "/etc/ssl");
    }

    @Test
    void list_ofRootReturnsTopLevelEntries() {
        dir("/etc").file("/etc/passwd", "p").dir("/usr").file("/.dockerenv", "");

        assertThat(tree().list("/")).extracting(FileNode::path).containsExactly("/.dockerenv", "/etc", "/usr");
    }

    @Test
    void list_ofMissingOrFileIsEmpty() {
        file("/etc/passwd", "p");

        assertThat(tree().list("/nope")).isEmpty();
        assertThat(tree().list("/etc/passwd")).isEmpty();
    }

    @Test
    void get_returnsTheLinkItselfWhileResolveFollowsIt() {
        file("/usr/lib/os-release", "ID=debian").symlink("/etc/os-release", "../usr/lib/os-release");

        assertThat(tree().get("/etc/os-release")).get().extracting(FileNode::type).isEqualTo(FileNode.Type.SYMLINK);
        assertThat(tree().resolve("/etc/os-release")).get().extracting(FileNode::path).isEqualTo("/usr/lib/os-release");
        assertThat(tree().read("/etc/os-release")).get().extracting(FileTreeTest::text).isEqualTo("ID=debian");
    }

    @Test
    void resolve_followsSymlinkedDirectoriesInTheMiddleOfAPath() {
        dir("/usr/lib").file("/usr/lib/x86_64-linux-gnu/libc.so.6", "elf").symlink("/lib", "usr/lib");

        assertThat(tree().resolve("/lib/x86_64-linux-gnu/libc.so.6")).get().extracting(FileNode::path)
                .isEqualTo("/usr/lib/x86_64-linux-gnu/libc.so.6");
    }

    @Test
    void resolve_keepsRelativeLinkThatClimbsPastRootInsideTheTree() {
        file("/etc/passwd", "root:x:0:0:image").symlink("/usr/share/evil", "../../../../../../etc/passwd");

        assertThat(tree().resolve("/usr/share/evil")).get().extracting(FileNode::path).isEqualTo("/etc/passwd");
        assertThat(tree().read("/usr/share/evil")).get().extracting(FileTreeTest::text).isEqualTo("root:x:0:0:image");
    }

    @Test
    void resolve_readsAbsoluteLinkTargetFromTheTreeNotTheHost() {
        symlink("/app/shadow", "/etc/shadow");

        assertThat(tree().resolve("/app/shadow")).isEmpty();
        assertThat(tree().read("/app/shadow")).isEmpty();
    }

    @Test
    void resolve_endsSymlinkLoopsWithEmpty() {
        symlink("/a", "b").symlink("/b", "a").symlink("/self", "/self").symlink("/grow", "grow/x");

        assertThat(tree().resolve("/a")).isEmpty();
        assertThat(tree().resolve("/self")).isEmpty();
        assertThat(tree().resolve("/grow")).isEmpty();
        assertThat(tree().resolve("/a/deeper/path")).isEmpty();
    }

    @Test
    void resolve_givesUpAfterMaxSymlinkHops() {
        file("/target", "t");
        for (int i = 0; i < 5; i++) {
            symlink("/l" + i, i == 4 ? "/target" : "/l" + (i + 1));
        }
        // l0 -> l1 -> l2 -> l3 -> l4 -> target: five links followed
        assertThat(new FileTree(nodes, 5).resolve("/l0")).get().extracting(FileNode::path).isEqualTo("/target");
        assertThat(new FileTree(nodes, 4).resolve("/l0")).isEmpty();
    }

    @Test
    void resolve_followsHardLinkToItsTarget() {
        file("/usr/bin/perl5.36", "perl").hardlink("/usr/bin/perl", "usr/bin/perl5.36");

        assertThat(tree().resolve("/usr/bin/perl")).get().extracting(FileNode::path).isEqualTo("/usr/bin/perl5.36");
    }

    @Test
    void resolve_isEmptyForDanglingLinkAndMissingPath() {
        symlink("/dangling", "/nowhere");

        assertThat(tree().resolve("/dangling")).isEmpty();
        assertThat(tree().resolve("/missing")).isEmpty();
    }

    @Test
    void resolve_normalisesTheQueryPath() {
        file("/etc/passwd", "p");

        assertThat(tree().resolve("/../etc/./passwd")).get().extracting(FileNode::path).isEqualTo("/etc/passwd");
    }

    @Test
    void read_isEmptyForAFileWhoseBytesWereNotKept() {
        nodes.put("/bin/sh", new FileNode("/bin/sh", FileNode.Type.FILE, 1234, 0755, null, 0, null));

        assertThat(tree().get("/bin/sh")).get().extracting(FileNode::size).isEqualTo(1234L);
        assertThat(tree().read("/bin/sh")).isEmpty();
    }
}

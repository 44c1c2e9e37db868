package dev.rampart.image.internal;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.FileNode;
import dev.rampart.image.Limits;
import dev.rampart.image.PathFilter;
import dev.rampart.model.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a plain directory as a one-layer image. Links on disk are recorded, never followed, so
 * a link to {@code /etc/shadow} of the host is resolved inside the scanned tree, not on the host.
 */
final class RootDirectoryReader {
    private final Limits limits;
    private final PathFilter wanted;
    private final AtomicLong budget;
    private final AnalyzerRunner analyzers;

    RootDirectoryReader(Limits limits, PathFilter wanted, AnalyzerRunner analyzers) {
        this.analyzers = analyzers;
        this.limits = limits;
        this.wanted = wanted;
        this.budget = new AtomicLong(limits.maxBufferedTotalBytes());
    }

    LayerContent read(Path root, List<Issue> issues) throws IOException {
        EntryClassifier out = new EntryClassifier(root.toString(), limits, 0, issues);
        int[] special = {0};
        // the root the user named may itself be a link: walk the directory it names (links inside
        // the walk are still recorded, never followed)
        Path start = root.toRealPath();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(start)) {
                    String path = out.path(relative(start, dir));
                    if (path != null) {
                        out.add(new FileNode(path, FileNode.Type.DIRECTORY, 0, 0755, null, 0, null));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = out.path(relative(start, file));
                if (path == null) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    out.add(new FileNode(path, FileNode.Type.SYMLINK, 0, 0777,
                            Files.readSymbolicLink(file).toString(), 0, null));
                } else if (attrs.isRegularFile()) {
                    byte[] content = wanted.wants(path) ? buffer(file, path, attrs.size(), issues) : null;
                    out.add(new FileNode(path, FileNode.Type.FILE, attrs.size(), 0644, null, 0, content));
                    var wanting = analyzers.wanting(path, attrs.size());
                    if (!wanting.isEmpty()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            analyzers.run(wanting, new EntryAnalyzer.Entry(path, 0, attrs.size(), 0644), content, in,
                                    limits.maxBufferedFileBytes(), out);
                        }
                    }
                } else {
                    special[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                issues.add(new Issue(file.toString(), "cannot be read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        if (special[0] > 0) {
            issues.add(new Issue(root.toString(), "skipped " + special[0] + " device files, FIFOs or sockets"));
        }
        return out.content(null);
    }

    private byte[] buffer(Path file, String path, long size, List<Issue> issues) throws IOException {
        if (size > limits.maxBufferedFileBytes() || budget.addAndGet(-size) < 0) {
            if (size <= limits.maxBufferedFileBytes()) {
                budget.addAndGet(size); // a skipped file holds no memory: its share goes back
            }
            issues.add(new Issue(file.toString(), "skipped: " + size + " bytes exceeds the in-memory limit for "
                    + path + " (Limits.maxBufferedFileBytes / maxBufferedTotalBytes)"));
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) limits.maxBufferedFileBytes());
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}

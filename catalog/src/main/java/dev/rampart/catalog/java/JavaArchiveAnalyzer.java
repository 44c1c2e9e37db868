package dev.rampart.catalog.java;

import dev.rampart.image.EntryAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads every Java archive in every layer from the stream, nested archives included, during the
 * one pass.
 */
final class JavaArchiveAnalyzer implements EntryAnalyzer<List<JavaArchive>> {
    private final JavaLimits limits;

    JavaArchiveAnalyzer(JavaLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "java-archive";
    }

    @Override
    public boolean wants(String path, long size) {
        return size > 22 && ArchiveWalker.isArchiveName(path); // 22 bytes: the smallest zip, an empty one
    }

    /** Only zips: a local file header {@code PK\3\4} (or the empty-archive end record {@code PK\5\6}). */
    @Override
    public boolean wantsContent(Entry entry, byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    }

    @Override
    public List<JavaArchive> analyze(Entry entry, InputStream content) throws IOException {
        return new ArchiveWalker(limits).walk(entry.path(), content);
    }
}

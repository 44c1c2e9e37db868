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

    @Override
    public List<JavaArchive> analyze(Entry entry, InputStream content) throws IOException {
        return new ArchiveWalker(limits).walk(entry.path(), content);
    }
}

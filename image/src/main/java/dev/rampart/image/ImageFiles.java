package dev.rampart.image;

import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.Digest;
import dev.rampart.model.Issue;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An image after one pass: what it is, its config, its squashed file tree, what each
 * {@link EntryAnalyzer} found, and what was skipped.
 */
public record ImageFiles(ArtifactInfo artifact, ImageConfig config, FileTree tree,
                         Map<EntryAnalyzer<?>, List<EntryAnalyzer.Found<?>>> findings, List<Issue> issues) {
    public ImageFiles {
        findings = Map.copyOf(findings);
        issues = List.copyOf(issues);
    }

    /** The diff id of the layer at this index, or null for a plain directory. */
    public @Nullable Digest layerDiffId(int layer) {
        return artifact.layers().isEmpty() ? null : artifact.layers().get(layer).diffId();
    }

    /** What one analyzer found, in layer order then path order; empty if it was not run. */
    @SuppressWarnings("unchecked")
    public <R> List<EntryAnalyzer.Found<R>> found(EntryAnalyzer<R> analyzer) {
        List<EntryAnalyzer.Found<?>> list = findings.get(analyzer);
        return list == null ? List.of() : (List<EntryAnalyzer.Found<R>>) (List<?>) list;
    }
}

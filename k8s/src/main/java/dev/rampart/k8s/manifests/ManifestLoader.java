package dev.rampart.k8s.manifests;

import dev.rampart.model.Issue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads manifests from files and folders (recursively, {@code *.yaml}, {@code *.yml}, {@code *.json}, in
 * name order). Multi-document files and {@code List}/{@code *List} kinds with {@code items} (as in
 * {@code kubectl get -o yaml}) are flattened. Documents without {@code kind} are skipped with an issue.
 */
public final class ManifestLoader {
    private final YamlLimits limits;

    public ManifestLoader(YamlLimits limits) {
        this.limits = limits;
    }

    public ManifestLoader() {
        this(YamlLimits.DEFAULT);
    }

    public Manifests load(List<Path> paths) throws ManifestException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            collect(p, files);
        }
        List<KObject> objects = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (Path f : files) {
            readFile(f, objects, issues);
        }
        return new Manifests(objects, issues);
    }

    public Manifests load(Path path) throws ManifestException {
        return load(List.of(path));
    }

    private void collect(Path p, List<Path> out) throws ManifestException {
        if (Files.isRegularFile(p)) {
            out.add(p);
            return;
        }
        if (!Files.isDirectory(p)) {
            throw new ManifestException(p + ": no such file or directory");
        }
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> found = s.filter(Files::isRegularFile).filter(ManifestLoader::isManifest).sorted().toList();
            if (out.size() + found.size() > limits.maxFiles()) {
                throw new ManifestException(p + ": more than " + limits.maxFiles() + " manifest files (YamlLimits.maxFiles)");
            }
            out.addAll(found);
        } catch (IOException e) {
            throw new ManifestException(p + ": cannot list directory: " + e.getMessage(), e);
        }
    }

    private static boolean isManifest(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private void readFile(Path f, List<KObject> objects, List<Issue> issues) throws ManifestException {
        List<YamlReader.Document> docs;
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            docs = new YamlReader(limits).read(r);
        } catch (YamlReader.YamlException e) {
            throw new ManifestException(f + " doc " + e.document + ": " + e.getMessage(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ManifestException(f + ": cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < docs.size(); i++) {
            Object root = docs.get(i).root();
            Source src = new Source(f.toString(), i);
            if (root == null) {
                continue;
            }
            if (!(root instanceof Map<?, ?> m)) {
                throw new ManifestException(src + ": expected a Kubernetes object (a mapping), got a "
                        + (root instanceof List ? "list" : "scalar"));
            }
            try {
                addObject(new Fields(m, ""), src, "", objects, issues);
            } catch (Fields.FieldException e) {
                throw new ManifestException(src + ": " + e.getMessage(), e);
            }
        }
    }

    private void addObject(Fields f, Source src, String defaultKind, List<KObject> objects, List<Issue> issues) {
        String kind = f.string("kind").orElse(defaultKind);
        if (kind.isEmpty()) {
            issues.add(new Issue(src.toString(), "skipped: not a Kubernetes object (no kind)"));
            return;
        }
        if (kind.endsWith("List") && f.isList("items")) {
            // a typed list (PodList) may leave the kind out of its items
            String itemKind = kind.equals("List") ? "" : kind.substring(0, kind.length() - "List".length());
            for (Fields item : f.objects("items")) {
                addObject(item, src, itemKind, objects, issues);
            }
            return;
        }
        Fields meta = f.objectOrEmpty("metadata");
        String name = meta.string("name").orElse("");
        String namespace = meta.string("namespace").orElse(null);
        objects.add(new KObject(kind, f.string("apiVersion").orElse(""), name, namespace, f, src));
    }
}

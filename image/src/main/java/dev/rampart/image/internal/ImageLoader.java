package dev.rampart.image.internal;

import dev.rampart.image.EntryAnalyzer;
import dev.rampart.image.FileTree;
import dev.rampart.image.ImageFiles;
import dev.rampart.image.ImageReadException;
import dev.rampart.image.ImageConfig;
import dev.rampart.image.ImageSource;
import dev.rampart.image.Limits;
import dev.rampart.image.PathFilter;
import dev.rampart.image.ReadListener;
import dev.rampart.model.ArtifactInfo;
import dev.rampart.model.ArtifactKind;
import dev.rampart.model.Digest;
import dev.rampart.model.Issue;
import dev.rampart.model.LayerInfo;
import dev.rampart.model.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries out {@link dev.rampart.image.ImageReader#read}: resolve metadata, read every layer once
 * (in parallel, on up to one thread per core), then apply them in order.
 */
public final class ImageLoader {
    private final Limits limits;
    private final PathFilter wanted;
    private final Platform platform;
    private final ReadListener listener;
    private final List<EntryAnalyzer<?>> analyzers;

    public ImageLoader(Limits limits, PathFilter wanted, List<EntryAnalyzer<?>> analyzers, Platform platform,
                       ReadListener listener) {
        this.analyzers = List.copyOf(analyzers);
        this.limits = limits;
        this.wanted = wanted;
        this.platform = platform;
        this.listener = listener;
    }

    public ImageFiles load(ImageSource source) throws ImageReadException {
        String name = source.path().toString();
        try {
            return switch (source) {
                case ImageSource.RootDirectory dir -> {
                    List<Issue> issues = new ArrayList<>();
                    LayerContent content = new RootDirectoryReader(limits, wanted, new AnalyzerRunner(analyzers))
                            .read(dir.path(), issues);
                    ArtifactInfo info = new ArtifactInfo(name, ArtifactKind.ROOT_DIRECTORY, null, null, List.of(), null, List.of());
                    yield merge(info, ImageConfig.EMPTY, List.of(content), List.of());
                }
                case ImageSource.DockerArchive a -> {
                    try (TarBlobStore store = TarBlobStore.open(a.path(), limits)) {
                        yield layers(name, store, new ManifestResolver(store, limits, platform).dockerArchive());
                    }
                }
                case ImageSource.OciArchive a -> {
                    try (TarBlobStore store = TarBlobStore.open(a.path(), limits)) {
                        yield layers(name, store, new ManifestResolver(store, limits, platform).ociLayout(ArtifactKind.OCI_ARCHIVE));
                    }
                }
                case ImageSource.OciLayout l -> {
                    if (!Files.isRegularFile(l.path().resolve("index.json"))) {
                        throw new ImageReadException(name + ": not an OCI layout (index.json is missing)");
                    }
                    try (DirectoryBlobStore store = new DirectoryBlobStore(l.path())) {
                        yield layers(name, store, new ManifestResolver(store, limits, platform).ociLayout(ArtifactKind.OCI_LAYOUT));
                    }
                }
            };
        } catch (IOException e) {
            throw new ImageReadException(name + ": " + e.getMessage(), e);
        }
    }

    private ImageFiles layers(String name, BlobStore store, ResolvedImage image) throws ImageReadException {
        List<ResolvedImage.LayerRef> refs = image.layers();
        listener.started(refs.size(), refs.stream().mapToLong(r -> Math.max(r.size(), 0)).sum());
        AtomicLong budget = new AtomicLong(limits.maxBufferedTotalBytes());
        LayerReader reader = new LayerReader(store, limits, wanted, new AnalyzerRunner(analyzers), budget, listener);
        List<LayerContent> contents = new ArrayList<>();
        int threads = Math.max(1, Math.min(refs.size(), Runtime.getRuntime().availableProcessors()));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rampart-layer");
            t.setDaemon(true);
            return t;
        })) {
            List<Future<LayerContent>> futures = new ArrayList<>();
            for (int i = 0; i < refs.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> reader.read(index, refs.get(index))));
            }
            for (Future<LayerContent> f : futures) {
                contents.add(get(f, futures));
            }
        }
        List<LayerInfo> layers = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            ResolvedImage.LayerRef r = refs.get(i);
            Digest stored = r.blobDigest() != null ? r.blobDigest() : contents.get(i).storedDigest();
            layers.add(new LayerInfo(stored != null ? stored : r.diffId(), r.diffId(), r.mediaType(), r.size(), r.createdBy()));
        }
        ArtifactInfo info = new ArtifactInfo(name, image.kind(), image.configDigest(), image.manifestDigest(),
                image.repoTags(), image.platform(), layers);
        return merge(info, image.config(), contents, List.of());
    }

    /** Applies the layers in order and decides which analyzer findings are in the final image. */
    private ImageFiles merge(ArtifactInfo info, ImageConfig config, List<LayerContent> contents, List<Issue> before) {
        LayerMerger merger = new LayerMerger();
        List<Issue> issues = new ArrayList<>(before);
        for (LayerContent c : contents) {
            merger.apply(c);
            issues.addAll(c.issues());
        }
        FileTree tree = new FileTree(merger.result(), limits.maxSymlinkHops());
        Map<EntryAnalyzer<?>, List<EntryAnalyzer.Found<?>>> findings = new LinkedHashMap<>();
        analyzers.forEach(a -> findings.put(a, new ArrayList<>()));
        for (LayerContent c : contents) {
            for (LayerContent.RawFinding f : c.findings()) {
                boolean visible = tree.get(f.path()).map(n -> n.layer() == c.index()).orElse(false);
                findings.get(f.analyzer()).add(new EntryAnalyzer.Found<>(f.path(), c.index(), visible, f.value()));
            }
        }
        return new ImageFiles(info, config, tree, findings, issues);
    }

    private static LayerContent get(Future<LayerContent> f, List<Future<LayerContent>> all) throws ImageReadException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            all.forEach(other -> other.cancel(true));
            if (e.getCause() instanceof ImageReadException ire) {
                throw ire;
            }
            throw new ImageReadException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageReadException("interrupted while reading layers", e);
        }
    }
}

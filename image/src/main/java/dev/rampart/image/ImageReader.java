package dev.rampart.image;

import dev.rampart.image.internal.ImageLoader;
import dev.rampart.model.Platform;
import java.util.List;

/**
 * Reads an image in one pass.
 *
 * <pre>{@code
 * ImageFiles files = ImageReader.builder()
 *         .wanting(path -> path.equals("/var/lib/dpkg/status"))
 *         .build()
 *         .read(ImageSource.detect(Path.of("image.tar")));
 * files.tree().read("/var/lib/dpkg/status");   // the bytes the final image has there
 * }</pre>
 *
 * <p>Each layer is read and decompressed exactly once, layers in parallel; the bytes of files
 * the filter wants are kept, every other file is recorded by name, type and size only.
 */
public final class ImageReader {
    private final ImageLoader loader;

    private ImageReader(ImageLoader loader) {
        this.loader = loader;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @throws ImageReadException one line naming the input, the blob or entry, and what is wrong
     */
    public ImageFiles read(ImageSource source) throws ImageReadException {
        return loader.load(source);
    }

    public static final class Builder {
        private Limits limits = Limits.DEFAULT;
        private PathFilter wanted = PathFilter.NONE;
        private Platform platform = Platform.LINUX_AMD64;
        private ReadListener listener = ReadListener.SILENT;
        private List<EntryAnalyzer<?>> analyzers = List.of();

        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        public Builder wanting(PathFilter wanted) {
            this.wanted = wanted;
            return this;
        }

        /** The platform to pick from an image index (default linux/amd64). */
        public Builder platform(Platform platform) {
            this.platform = platform;
            return this;
        }

        /** Analyzers that read files from the layer streams during the pass. */
        public Builder analyzers(List<EntryAnalyzer<?>> analyzers) {
            this.analyzers = List.copyOf(analyzers);
            return this;
        }

        public Builder listener(ReadListener listener) {
            this.listener = listener;
            return this;
        }

        public ImageReader build() {
            return new ImageReader(new ImageLoader(limits, wanted, analyzers, platform, listener));
        }
    }
}

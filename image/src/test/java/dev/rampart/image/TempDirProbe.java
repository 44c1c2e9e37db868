package dev.rampart.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Run in a child JVM by {@link TempFilesTest} with a private {@code java.io.tmpdir}: reads the image
 * named by the argument and prints what the temp dir held while layers were read, then the outcome.
 */
public final class TempDirProbe {
    private TempDirProbe() {}

    public static void main(String[] args) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        ReadListener listener = new ReadListener() {
            @Override
            public void started(int layers, long totalBytes) {
                System.out.println("during: " + listing(tmp));
            }
        };
        try {
            ImageFiles files = ImageReader.builder().listener(listener).build().read(ImageSource.detect(Path.of(args[0])));
            System.out.println("read: " + files.tree().size() + " files");
        } catch (ImageReadException e) {
            System.out.println("failed: " + e.getMessage());
        }
    }

    static String listing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return String.join(",", files.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            return "unlistable: " + e.getMessage();
        }
    }
}

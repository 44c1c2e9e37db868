package dev.rampart.scan;

import dev.rampart.image.Limits;
import dev.rampart.image.ReadListener;
import dev.rampart.model.Platform;
import java.nio.file.Path;

/**
 * What to inventory and how.
 *
 * @param input an image archive, OCI layout or root directory
 * @param platform the platform to pick from an image index
 * @param limits bounds on the work a hostile input may cause
 * @param listener progress callbacks
 */
public record ScanRequest(Path input, Platform platform, Limits limits, ReadListener listener) {
    public static ScanRequest of(Path input) {
        return new ScanRequest(input, Platform.LINUX_AMD64, Limits.DEFAULT, ReadListener.SILENT);
    }
}

package dev.rampart.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a result to stdout or to {@code --output}. A file is written beside its destination and
 * moved into place only when complete, so a failure never leaves a half-written file or clobbers
 * an earlier good one.
 */
final class Output {
    private Output() {}

    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static int write(Path file, OutputStream stdout, Terminal err, Body body) {
        if (file == null) {
            try {
                OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
                body.write(out);
                out.flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                err.error("cannot write to stdout: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                body.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.error(file + ": cannot write: " + e.getMessage());
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the partial file stays beside the target with a .partial suffix; the target is untouched
                }
            }
            return ExitCodes.FAILURE;
        }
    }
}
